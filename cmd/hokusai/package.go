package main

import (
	"crypto/ecdsa"
	"fmt"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/chain"
	"github.com/hokusai-protocol/hokusai/chain/devchain"
	"github.com/hokusai-protocol/hokusai/pack"
)

// packageFlags are `hokusai package`'s flags.
type packageFlags struct {
	metadata     string
	out          string
	key          string
	keystore     string
	passwordFile string
	devAccount   int
	name         string
	version      string
	description  string
	architecture string
	runtime      string
	entrypoint   string
	maxFiles     int
	maxFileSize  int64
	maxTotal     int64
}

// newPackageCmd is `hokusai package PATH --metadata FILE` and
// `hokusai package verify FILE`.
func newPackageCmd(g *globals) *cobra.Command {
	f := &packageFlags{}
	cmd := &cobra.Command{
		Use:   "package PATH --metadata FILE",
		Short: "Package a model directory into a signed, verifiable archive and print its digest",
		Long: `Package writes a deterministic archive (tar + gzip) of the model files under PATH
plus a manifest.json built from --metadata (a JSON file with name, version,
description, architecture, training, input_schema, output_schema, runtime,
metrics, usage_example, parent); flags such as --name and --version override it.
With --keystore, --key or --dev-account the manifest's digest is signed (EIP-191).
It prints the archive's digest, sha256:<hex>, on standard output.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error { return runPackage(cmd, args[0], f) },
	}
	fl := cmd.Flags()
	fl.StringVar(&f.metadata, "metadata", "", "JSON file with the manifest's fields (required)")
	fl.StringVarP(&f.out, "out", "o", "", "where to write the package (default NAME-VERSION.hkpkg in the current directory)")
	fl.StringVar(&f.key, "key", "", "file holding the owner's hex private key, to sign the package")
	fl.StringVar(&f.keystore, "keystore", "", "go-ethereum keystore JSON file holding the owner's key, to sign the package (passphrase from --password-file or env HOKUSAI_PASSWORD)")
	fl.StringVar(&f.passwordFile, "password-file", "", "file whose first line is the keystore passphrase")
	fl.IntVar(&f.devAccount, "dev-account", -1, "sign with dev chain account N (0–9) instead of --key")
	fl.StringVar(&f.name, "name", "", "override the manifest's name")
	fl.StringVar(&f.version, "version", "", "override the manifest's version (semver)")
	fl.StringVar(&f.description, "description", "", "override the manifest's description")
	fl.StringVar(&f.architecture, "architecture", "", "override the manifest's architecture")
	fl.StringVar(&f.runtime, "runtime", "", "override the manifest's runtime.kind")
	fl.StringVar(&f.entrypoint, "entrypoint", "", "override the manifest's runtime.entrypoint")
	fl.IntVar(&f.maxFiles, "max-files", 0, fmt.Sprintf("most files in a package (default %d)", pack.DefaultMaxFiles))
	fl.Int64Var(&f.maxFileSize, "max-file-size", 0, fmt.Sprintf("largest file in bytes (default %d)", int64(pack.DefaultMaxFileSize)))
	fl.Int64Var(&f.maxTotal, "max-total-size", 0, fmt.Sprintf("largest package in bytes, uncompressed (default %d)", int64(pack.DefaultMaxTotalSize)))
	cmd.AddCommand(newPackageVerifyCmd())
	return cmd
}

func runPackage(cmd *cobra.Command, dir string, f *packageFlags) error {
	if f.metadata == "" {
		return hokusai.FieldErrorf("metadata", "--metadata is required: a JSON file with the manifest's fields (name, version, description, architecture, training, input_schema, output_schema, runtime).")
	}
	m, err := pack.ReadManifestFile("metadata", f.metadata)
	if err != nil {
		return err
	}
	for _, o := range []struct {
		val string
		dst *string
	}{{f.name, &m.Name}, {f.version, &m.Version}, {f.description, &m.Description}, {f.architecture, &m.Architecture}, {f.runtime, &m.Runtime.Kind}, {f.entrypoint, &m.Runtime.Entrypoint}} {
		if o.val != "" {
			*o.dst = o.val
		}
	}
	var key *ecdsa.PrivateKey
	if f.keystore != "" {
		if f.key != "" || f.devAccount >= 0 {
			return hokusai.FieldErrorf("keystore", "Give one of --keystore, --key or --dev-account.")
		}
		key, err = chain.KeySource{Keystore: f.keystore, PasswordFile: f.passwordFile, Password: os.Getenv("HOKUSAI_PASSWORD"), DevAccount: -1}.Load(0)
	} else {
		key, err = signingKey(f.key, f.devAccount)
	}
	if err != nil {
		return err
	}
	out := f.out
	if out == "" {
		out = fmt.Sprintf("%s-%s.hkpkg", m.Name, m.Version)
	}
	if abs, err := filepath.Abs(out); err == nil {
		if d, err := filepath.Abs(dir); err == nil {
			if rel, err := filepath.Rel(d, abs); err == nil && filepath.IsLocal(rel) {
				return hokusai.FieldErrorf("out", "--out %s lies inside the model directory %s; write the package elsewhere.", pack.Printable(out), pack.Printable(dir))
			}
		}
	}
	pkg, err := pack.PackageFile(dir, *m, out, pack.Options{
		Key:    key,
		Limits: pack.Limits{MaxFiles: f.maxFiles, MaxFileSize: f.maxFileSize, MaxTotalSize: f.maxTotal},
	})
	if err != nil {
		return err
	}
	e := cmd.ErrOrStderr()
	fmt.Fprintf(e, "wrote %s: %s %s, %d files, %d bytes\n", pack.Printable(out), pack.Printable(pkg.Manifest.Name), pack.Printable(pkg.Manifest.Version), len(pkg.Manifest.Files), pkg.Size)
	fmt.Fprintf(e, "manifest %s\n", pkg.ManifestDigest)
	if pkg.Signer != "" {
		fmt.Fprintf(e, "signed by %s\n", pkg.Signer)
	} else {
		fmt.Fprintln(e, "unsigned (give --key or --dev-account to sign)")
	}
	fmt.Fprintln(cmd.OutOrStdout(), pkg.Digest)
	return nil
}

// signingKey loads the key named by --key or --dev-account, or nil.
func signingKey(keyFile string, dev int) (*ecdsa.PrivateKey, error) {
	switch {
	case keyFile != "" && dev >= 0:
		return nil, hokusai.FieldErrorf("key", "Give either --key or --dev-account, not both.")
	case keyFile != "":
		return pack.LoadKeyFile(keyFile)
	case dev >= 0:
		if dev >= devchain.DevAccounts {
			return nil, hokusai.FieldErrorf("dev-account", "--dev-account must be between 0 and %d, got %d.", devchain.DevAccounts-1, dev)
		}
		return devchain.DevKey(dev), nil
	}
	return nil, nil
}

// newPackageVerifyCmd is `hokusai package verify FILE`.
func newPackageVerifyCmd() *cobra.Command {
	var signer, digest string
	var require, list bool
	cmd := &cobra.Command{
		Use:   "verify FILE",
		Short: "Check a package: every file's hash, the manifest and the signature",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			pkg, err := pack.VerifyFile(args[0], pack.VerifyOptions{Signer: signer, RequireSignature: require, Digest: digest})
			if err != nil {
				return err
			}
			w := cmd.OutOrStdout()
			fmt.Fprintf(w, "ok %s\n", pkg.Digest)
			fmt.Fprintf(w, "%s %s: %d files, manifest %s\n", pack.Printable(pkg.Manifest.Name), pack.Printable(pkg.Manifest.Version), len(pkg.Manifest.Files), pkg.ManifestDigest)
			if pkg.Signer != "" {
				fmt.Fprintf(w, "signed by %s\n", pkg.Signer)
			} else {
				fmt.Fprintln(w, "unsigned")
			}
			if list {
				for _, f := range pkg.Manifest.Files {
					fmt.Fprintf(w, "%12d  %s  %s\n", f.Size, f.SHA256, pack.Printable(f.Path))
				}
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&signer, "signer", "", "0x address that must have signed the package")
	cmd.Flags().BoolVar(&require, "require-signature", false, "refuse an unsigned package")
	cmd.Flags().BoolVar(&list, "list", false, "also list every file: size, sha256 and path (names escaped for the terminal)")
	cmd.Flags().StringVar(&digest, "digest", "", "sha256:<hex> the archive must have (e.g. as printed by `hokusai package`)")
	return cmd
}
