package chain

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/google/uuid"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/chain/devchain"
	"github.com/hokusai-protocol/hokusai/pack"
)

// KeySource says where a user's signing key comes from: a go-ethereum
// keystore file with its passphrase, or a dev account on the dev chain.
// The key never leaves the process that loads it (no custody).
type KeySource struct {
	Keystore     string // path to a keystore JSON file
	PasswordFile string // file whose first line is the passphrase; else Password
	Password     string // passphrase (from env HOKUSAI_PASSWORD in the CLI)
	DevAccount   int    // dev account index; -1 when unset (0 is dev account 0, so set -1 explicitly)
}

// Load returns the private key, checking it suits the chain: dev accounts
// only on the dev chain (chain id 1337). Every error names the flag to fix.
func (s KeySource) Load(chainID uint64) (*ecdsa.PrivateKey, error) {
	switch {
	case s.Keystore != "" && s.DevAccount >= 0:
		return nil, hokusai.FieldErrorf("dev-account", "Give either --keystore or --dev-account, not both.")
	case s.DevAccount >= 0:
		if chainID != devchain.ChainID {
			return nil, hokusai.FieldErrorf("dev-account", "--dev-account works only on the dev chain (chain id %d); this chain's id is %d. Use --keystore FILE.", devchain.ChainID, chainID)
		}
		if s.DevAccount >= devchain.DevAccounts {
			return nil, hokusai.FieldErrorf("dev-account", "--dev-account must be 0 to %d, got %d.", devchain.DevAccounts-1, s.DevAccount)
		}
		return devchain.DevKey(s.DevAccount), nil
	case s.Keystore != "":
		pass := s.Password
		if s.PasswordFile != "" {
			b, err := pack.ReadInputFile("password-file", s.PasswordFile, maxPasswordFile)
			if err != nil {
				return nil, err
			}
			pass = strings.TrimRight(strings.SplitN(string(b), "\n", 2)[0], "\r")
		}
		return LoadKeystore(s.Keystore, pass)
	}
	return nil, hokusai.FieldErrorf("keystore", "This command signs a transaction: give --keystore FILE (passphrase from --password-file or env HOKUSAI_PASSWORD), or --dev-account N on the dev chain.")
}

// Bounds on the key files a command reads: a keystore is about 500 bytes
// of JSON, a passphrase one line.
const (
	maxKeystoreFile = 64 << 10
	maxPasswordFile = 4 << 10
)

// LoadKeystore decrypts a go-ethereum keystore JSON file.
func LoadKeystore(path, passphrase string) (*ecdsa.PrivateKey, error) {
	b, err := pack.ReadInputFile("keystore", path, maxKeystoreFile)
	if err != nil {
		return nil, err
	}
	k, err := keystore.DecryptKey(b, passphrase)
	if err != nil {
		if errors.Is(err, keystore.ErrDecrypt) {
			return nil, hokusai.FieldErrorf("password", "The passphrase does not open the keystore file %s; check --password-file or HOKUSAI_PASSWORD.", path)
		}
		return nil, hokusai.FieldErrorf("keystore", "The file %s is not a valid keystore: %v.", path, err)
	}
	return k.PrivateKey, nil
}

// WriteKeystore encrypts key into a new keystore JSON file at path (mode
// 0600) with go-ethereum's standard scrypt parameters, or light ones when
// light is set (tests, dev).
func WriteKeystore(path string, key *ecdsa.PrivateKey, passphrase string, light bool) error {
	n, p := keystore.StandardScryptN, keystore.StandardScryptP
	if light {
		n, p = keystore.LightScryptN, keystore.LightScryptP
	}
	id, err := uuid.NewRandom()
	if err != nil {
		return fmt.Errorf("key id: %w", err)
	}
	k := &keystore.Key{Id: id, Address: crypto.PubkeyToAddress(key.PublicKey), PrivateKey: key}
	b, err := keystore.EncryptKey(k, passphrase, n, p)
	if err != nil {
		return fmt.Errorf("encrypt key: %w", err)
	}
	return writeFileAtomic(path, b, 0o600)
}
