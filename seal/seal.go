package seal

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/rand"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"fmt"

	"github.com/hokusai-protocol/hokusai"
)

// KeySize is the length of the server key (AES-256).
const KeySize = 32

// Box seals and opens model secrets under one server key.
type Box struct {
	aead  cipher.AEAD
	keyID string
}

// New returns a Box for key (KeySize bytes).
func New(key []byte) (*Box, error) {
	if len(key) != KeySize {
		return nil, fmt.Errorf("seal: the server key is %d bytes, want %d", len(key), KeySize)
	}
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, fmt.Errorf("seal: %w", err)
	}
	aead, err := cipher.NewGCM(block)
	if err != nil {
		return nil, fmt.Errorf("seal: %w", err)
	}
	return &Box{aead: aead, keyID: keyID(key)}, nil
}

// keyID is a short fingerprint of a server key, stored beside each sealed
// secret so that a server started with another key says so instead of
// failing to open.
func keyID(key []byte) string {
	h := sha256.Sum256(append([]byte("hokusai endpoint secret key id\x00"), key...))
	return hex.EncodeToString(h[:8])
}

// additionalData binds a sealed secret to its model.
func additionalData(modelID uint64) []byte {
	return binary.BigEndian.AppendUint64([]byte("hokusai endpoint secret v1\x00"), modelID)
}

// KeyID is the fingerprint of the box's key, to store beside what it
// seals; it reveals nothing about the key.
func (b *Box) KeyID() string { return b.keyID }

// Seal encrypts secret for model modelID under a fresh random nonce.
func (b *Box) Seal(modelID uint64, secret string) (nonce, sealed []byte, err error) {
	nonce = make([]byte, b.aead.NonceSize())
	if _, err := rand.Read(nonce); err != nil {
		return nil, nil, fmt.Errorf("seal: %w", err)
	}
	return nonce, b.aead.Seal(nil, nonce, []byte(secret), additionalData(modelID)), nil
}

// Open decrypts what Seal sealed for modelID under the key keyID names.
// EUNAVAILABLE when another key sealed it; an error when it was altered
// or sealed for another model.
func (b *Box) Open(modelID uint64, keyID string, nonce, sealed []byte) (string, error) {
	if keyID != b.keyID {
		return "", hokusai.Errorf(hokusai.EUNAVAILABLE, "Model %d's endpoint secret was sealed with another server key (%s, this server has %s): start the server with the secret.key it was set under, or have the owner set the secret again.", modelID, keyID, b.keyID)
	}
	if len(nonce) != b.aead.NonceSize() {
		return "", fmt.Errorf("endpoint secret of model %d: stored nonce is %d bytes", modelID, len(nonce))
	}
	plain, err := b.aead.Open(nil, nonce, sealed, additionalData(modelID))
	if err != nil {
		return "", fmt.Errorf("endpoint secret of model %d does not open under the server key: %w", modelID, err)
	}
	return string(plain), nil
}
