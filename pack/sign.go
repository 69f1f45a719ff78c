package pack

import (
	"crypto/ecdsa"
	"encoding/hex"
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hokusai-protocol/hokusai"
)

// signatureFile is the archive entry that carries the owner's signature.
type signatureFile struct {
	ManifestDigest string `json:"manifest_digest"` // "sha256:<hex>" of manifest.json
	Signer         string `json:"signer"`          // 0x address, EIP-55
	Signature      string `json:"signature"`       // 0x-hex r||s||v, v in {27, 28}
	// Fields holds the sha256 of each top-level manifest field and of each
	// file ("files/<path>") as signed. It is not trusted — the signature
	// is — but when the signature no longer matches it lets Verify say which
	// field or file changed.
	Fields map[string]string `json:"fields"`
}

// personalHash is the EIP-191 (version 0x45, personal_sign) hash of msg:
// keccak256("\x19Ethereum Signed Message:\n" + len(msg) + msg).
func personalHash(msg []byte) []byte {
	return crypto.Keccak256([]byte(fmt.Sprintf("\x19Ethereum Signed Message:\n%d", len(msg))), msg)
}

// SignDigest signs the 32 raw bytes of a sha256 digest the way a wallet's
// personal_sign does, returning r||s||v with v = 27 or 28.
func SignDigest(digest [32]byte, key *ecdsa.PrivateKey) ([]byte, error) {
	sig, err := crypto.Sign(personalHash(digest[:]), key)
	if err != nil {
		return nil, fmt.Errorf("sign digest: %w", err)
	}
	sig[64] += 27
	return sig, nil
}

// RecoverSigner returns the address whose key made sig over digest with
// personal_sign. Both v = 0/1 and v = 27/28 are accepted.
func RecoverSigner(digest [32]byte, sig []byte) (common.Address, error) {
	if len(sig) != 65 {
		return common.Address{}, hokusai.FieldErrorf("signature", "The signature must be 65 bytes (r, s, v), got %d.", len(sig))
	}
	s := append([]byte(nil), sig...)
	if s[64] >= 27 {
		s[64] -= 27
	}
	if s[64] > 1 {
		return common.Address{}, hokusai.FieldErrorf("signature", "The signature's recovery byte v must be 27 or 28.")
	}
	pub, err := crypto.SigToPub(personalHash(digest[:]), s)
	if err != nil {
		return common.Address{}, hokusai.FieldErrorf("signature", "The signature is not a valid secp256k1 signature: %v.", err)
	}
	return crypto.PubkeyToAddress(*pub), nil
}

// ParseKey parses a hex secp256k1 private key, with or without 0x.
func ParseKey(s string) (*ecdsa.PrivateKey, error) {
	s = strings.TrimPrefix(strings.TrimSpace(s), "0x")
	b, err := hex.DecodeString(s)
	if err != nil || len(b) != 32 {
		return nil, hokusai.FieldErrorf("key", "The private key must be 64 hex digits (32 bytes), optionally prefixed by 0x.")
	}
	k, err := crypto.ToECDSA(b)
	if err != nil {
		return nil, hokusai.FieldErrorf("key", "The private key is not a valid secp256k1 key: %v.", err)
	}
	return k, nil
}

// LoadKeyFile reads a hex private key from a file (the file should be
// readable by its owner only).
func LoadKeyFile(path string) (*ecdsa.PrivateKey, error) {
	b, err := ReadInputFile("key", path, maxKeyFile)
	if err != nil {
		return nil, err
	}
	return ParseKey(string(b))
}
