package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/hokusai-protocol/hokusai"
	hhttp "github.com/hokusai-protocol/hokusai/http"
	"github.com/hokusai-protocol/hokusai/pack"
	"github.com/hokusai-protocol/hokusai/sdk"
)

// newModelRegisterCmd is `hokusai model register MODEL --package FILE`.
func newModelRegisterCmd(g *globals) *cobra.Command {
	var file string
	var asJSON bool
	var wallet walletFlags
	cmd := &cobra.Command{
		Use:   "register MODEL --package FILE (--dev-account N | --keystore FILE)",
		Short: "Upload a package as a new version of a model (by id or ticker), signed by the model's owner",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if file == "" {
				return hokusai.FieldErrorf("package", "--package is required: the archive made by `hokusai package`.")
			}
			if !wallet.given() {
				return hokusai.FieldErrorf("keystore", "Only the model's owner registers versions: sign with --keystore FILE or --dev-account N.")
			}
			// Check locally first: a broken package gets the same clear
			// error without an upload.
			if _, err := pack.VerifyFile(file, pack.VerifyOptions{}); err != nil {
				return err
			}
			f, err := os.Open(file)
			if err != nil {
				return hokusai.FieldErrorf("package", "Cannot open the package %s: %v.", file, err)
			}
			defer f.Close()
			c := sdk.New(g.server)
			key, err := wallet.signer(cmd.Context(), c)
			if err != nil {
				return err
			}
			v, err := c.UploadPackage(cmd.Context(), args[0], f, key)
			if err != nil {
				return err
			}
			if asJSON {
				return writeJSON(cmd.OutOrStdout(), hhttp.FromVersion(v))
			}
			_, err = fmt.Fprintf(cmd.OutOrStdout(), "Registered model %d version %s\n%s\n", v.ModelID, v.Version, v.Digest)
			return err
		},
	}
	cmd.Flags().StringVar(&file, "package", "", "the package archive (from `hokusai package`)")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the API's JSON")
	wallet.register(cmd)
	return cmd
}

// newModelVersionsCmd is `hokusai model versions MODEL [VERSION]`.
func newModelVersionsCmd(g *globals) *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "versions MODEL [VERSION]",
		Short: "List a model's versions in semver order, or show one version",
		Args:  cobra.RangeArgs(1, 2),
		RunE: func(cmd *cobra.Command, args []string) error {
			c := sdk.New(g.server)
			w := cmd.OutOrStdout()
			if len(args) == 2 {
				v, err := c.GetVersion(cmd.Context(), args[0], args[1])
				if err != nil {
					return err
				}
				if asJSON {
					return writeJSON(w, hhttp.FromVersion(v))
				}
				return printVersion(w, v)
			}
			vs, head, err := c.ListVersions(cmd.Context(), args[0])
			if err != nil {
				return err
			}
			if asJSON {
				out := hhttp.VersionListJSON{Data: make([]hhttp.VersionJSON, len(vs))}
				for i, v := range vs {
					out.Data[i] = hhttp.FromVersion(v)
				}
				if head != nil {
					out.Head = &hhttp.HeadJSON{Version: head.Version, Score: hokusai.FormatWad(head.Score), UpdatedAt: head.UpdatedAt}
				}
				return writeJSON(w, out)
			}
			return printVersions(w, args[0], vs, head)
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the API's JSON")
	return cmd
}

// newModelDownloadCmd is `hokusai model download MODEL VERSION`.
func newModelDownloadCmd(g *globals) *cobra.Command {
	var out, apiKey string
	var wallet walletFlags
	cmd := &cobra.Command{
		Use:   "download MODEL VERSION [--dev-account N | --keystore FILE | --key hk_…]",
		Short: "Download a version's package archive and verify it",
		Long: "Downloads a version's package. An Open Source model's packages download for anyone; a Proprietary\n" +
			"model's only for its owner and whitelisted addresses, a Decentralized model's only for its owner:\n" +
			"prove who you are with your wallet (--dev-account N or --keystore FILE signs the request) or an API key.",
		Args: cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			path := out
			if path == "" {
				path = fmt.Sprintf("%s-%s.hkpkg", args[0], args[1])
			}
			tmp, err := os.CreateTemp(filepath.Dir(path), ".hokusai-download-*")
			if err != nil {
				return fmt.Errorf("download: %w", err)
			}
			defer os.Remove(tmp.Name())
			c := sdk.New(g.server)
			who := sdk.Caller{APIKey: apiKey}
			if wallet.given() {
				if who.Key, err = wallet.signer(cmd.Context(), c); err != nil {
					tmp.Close()
					return err
				}
			}
			digest, err := c.DownloadPackage(cmd.Context(), args[0], args[1], tmp, who)
			if cerr := tmp.Close(); err == nil {
				err = cerr
			}
			if err != nil {
				return err
			}
			if _, err := pack.VerifyFile(tmp.Name(), pack.VerifyOptions{Digest: digest}); err != nil {
				return err
			}
			if err := os.Rename(tmp.Name(), path); err != nil {
				return fmt.Errorf("download: %w", err)
			}
			_, err = fmt.Fprintf(cmd.OutOrStdout(), "wrote %s\n%s\n", path, digest)
			return err
		},
	}
	cmd.Flags().StringVarP(&out, "out", "o", "", "where to write the archive (default MODEL-VERSION.hkpkg)")
	wallet.register(cmd)
	apiKeyFlag(cmd, &apiKey)
	return cmd
}

func printVersions(w io.Writer, model string, vs []*hokusai.ModelVersion, head *hokusai.Head) error {
	if len(vs) == 0 {
		_, err := fmt.Fprintf(w, "Model %s has no versions yet. Register one with `hokusai model register %s --package FILE`.\n", model, model)
		return err
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "VERSION\tDIGEST\tSIZE\tSIGNER\tPARENT\tRECEIPTS\tCREATED")
	for _, v := range vs {
		mark := ""
		if head != nil && head.Version == v.Version {
			mark = " (head " + hokusai.FormatWad(head.Score) + ")"
		}
		parent := "—"
		if v.Parent != nil {
			parent = fmt.Sprintf("%d@%s", v.Parent.ModelID, v.Parent.Version)
		}
		fmt.Fprintf(tw, "%s%s\t%s\t%d\t%s\t%s\t%d\t%s\n", v.Version, mark, shortDigest(v.Digest), v.Size, shortAddr(v.Signer), parent,
			len(v.Receipts), v.CreatedAt.UTC().Format("2006-01-02 15:04"))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	_, err := fmt.Fprintf(w, "%d %s.\n", len(vs), plural(int64(len(vs)), "version", "versions"))
	return err
}

func printVersion(w io.Writer, v *hokusai.ModelVersion) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	row := func(k, val string) { fmt.Fprintf(tw, "%s\t%s\n", k, val) }
	m := v.Manifest
	row("Model", fmt.Sprintf("%d version %s", v.ModelID, v.Version))
	if m != nil {
		row("Name", m.Name)
		row("Description", m.Description)
		row("Architecture", m.Architecture)
		row("Runtime", strings.TrimSuffix(m.Runtime.Kind+" "+m.Runtime.Entrypoint, " "))
		row("Training", m.Training.Methodology)
		if r := m.Training.Recipe; r.Runtime != "" || len(r.Hyperparameters) > 0 {
			row("Recipe", fmt.Sprintf("%s, seed %d, %s", orDash(r.Runtime), r.Seed, formatParams(r.Hyperparameters)))
		}
		row("Files", fmt.Sprintf("%d", len(m.Files)))
	}
	var names []string
	for k := range v.Metrics {
		names = append(names, k)
	}
	sort.Strings(names)
	var ms []string
	for _, k := range names {
		ms = append(ms, fmt.Sprintf("%s %g", k, v.Metrics[k]))
	}
	row("Metrics", orDash(strings.Join(ms, ", ")))
	row("Digest", v.Digest)
	row("Manifest", v.ManifestDigest)
	row("Size", fmt.Sprintf("%d bytes", v.Size))
	row("Signer", orDash(v.Signer))
	if v.Parent != nil {
		row("Parent", fmt.Sprintf("model %d version %s", v.Parent.ModelID, v.Parent.Version))
	}
	row("Receipts", orDash(strings.Join(v.Receipts, ", ")))
	row("Created", v.CreatedAt.UTC().Format("2006-01-02 15:04:05 UTC"))
	return tw.Flush()
}

func formatParams(p map[string]any) string {
	if len(p) == 0 {
		return "no hyper-parameters"
	}
	var ks []string
	for k := range p {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	var out []string
	for _, k := range ks {
		out = append(out, fmt.Sprintf("%s=%v", k, p[k]))
	}
	return strings.Join(out, " ")
}

func shortDigest(d string) string {
	if len(d) > 19 {
		return d[:19] + "…"
	}
	return orDash(d)
}
