package gateway

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/base32"
	"encoding/binary"
	"encoding/hex"
	"hash/crc32"
	"strings"

	"github.com/hokusai-protocol/hokusai"
)

// Key prefixes: live keys on a production chain, dev keys on the dev chain,
// so a key pasted into the wrong place is recognised at a glance.
const (
	PrefixLive = "hk_live_"
	PrefixDev  = "hk_dev_"
)

// secretBytes is the random part of a key: 256 bits.
const secretBytes = 32

var b32 = base32.NewEncoding("abcdefghijklmnopqrstuvwxyz234567").WithPadding(base32.NoPadding)

var (
	bodyLen = b32.EncodedLen(secretBytes) // 52
	sumLen  = b32.EncodedLen(4)           // 7
)

// NewSecret returns a fresh API key secret: prefix, 32 random bytes in
// lowercase base32, and a CRC32 of everything before it (7 characters), so
// a mistyped key is refused before any lookup.
func NewSecret(prefix string) (string, error) {
	var b [secretBytes]byte
	if _, err := rand.Read(b[:]); err != nil {
		return "", err
	}
	s := prefix + b32.EncodeToString(b[:])
	return s + checksum(s), nil
}

func checksum(s string) string {
	c := checksumOf(s)
	return string(c[:])
}

// checksumOf is the checksum of s, the prefix and body of a key, without
// an allocation.
func checksumOf(s string) (sum [7]byte) {
	var buf [64]byte
	b := append(buf[:0], s...)
	var c [4]byte
	binary.BigEndian.PutUint32(c[:], crc32.ChecksumIEEE(b))
	b32.Encode(sum[:], c[:])
	return sum
}

// isKeyAlphabet reports whether s holds only the characters of a key's
// base32 body.
func isKeyAlphabet(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; (c < 'a' || c > 'z') && (c < '2' || c > '7') {
			return false
		}
	}
	return true
}

// CheckSecret tells a well-formed key from a typo without a lookup: the
// prefix, the length, the alphabet and the checksum must all be right. It
// returns EUNAUTHORIZED with a sentence that never repeats the key.
func CheckSecret(s string) error {
	var prefix string
	switch {
	case strings.HasPrefix(s, PrefixLive):
		prefix = PrefixLive
	case strings.HasPrefix(s, PrefixDev):
		prefix = PrefixDev
	default:
		return hokusai.Errorf(hokusai.EUNAUTHORIZED, "The API key must start with %s or %s; send it as \"Authorization: Bearer hk_…\".", PrefixLive, PrefixDev)
	}
	rest := s[len(prefix):]
	if len(rest) != bodyLen+sumLen {
		return hokusai.Errorf(hokusai.EUNAUTHORIZED, "The API key has the wrong length; copy the whole key as it was shown when created.")
	}
	if !isKeyAlphabet(rest) {
		return hokusai.Errorf(hokusai.EUNAUTHORIZED, "The API key holds characters a key never has; copy it again.")
	}
	if sum := checksumOf(s[:len(prefix)+bodyLen]); string(sum[:]) != rest[bodyLen:] {
		return hokusai.Errorf(hokusai.EUNAUTHORIZED, "The API key's checksum does not match: it was mistyped or cut; copy it again.")
	}
	return nil
}

// HashSecret returns the hex sha256 of a key secret: what is stored.
func HashSecret(s string) string {
	h := secretSum(s)
	return hex.EncodeToString(h[:])
}

// secretSum is the sha256 of a key secret, without an allocation for a
// secret of a key's length.
func secretSum(s string) [sha256.Size]byte {
	var buf [96]byte
	if len(s) > len(buf) {
		return sha256.Sum256([]byte(s))
	}
	return sha256.Sum256(append(buf[:0], s...))
}

// KeyID derives a key's public id from its hash, so the id reveals nothing
// of the secret.
func KeyID(secretHash string) string { return "key_" + secretHash[:12] }

// Hint is what listings show of a secret: the prefix and four characters.
func Hint(s string) string {
	for _, p := range []string{PrefixLive, PrefixDev} {
		if strings.HasPrefix(s, p) && len(s) >= len(p)+4 {
			return s[:len(p)+4] + "…"
		}
	}
	return "hk_…"
}

// Redact replaces anything that looks like an API key in s with its hint,
// for log lines and error messages built from user input.
func Redact(s string) string {
	for _, p := range []string{PrefixLive, PrefixDev} {
		for {
			i := strings.Index(s, p)
			if i < 0 {
				break
			}
			j := i + len(p)
			for j < len(s) && (s[j] >= 'a' && s[j] <= 'z' || s[j] >= '2' && s[j] <= '7') {
				j++
			}
			s = s[:i] + "hk_[redacted]" + s[j:]
		}
	}
	return s
}
