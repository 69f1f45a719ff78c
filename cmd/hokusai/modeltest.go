package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/pack"
	"github.com/hokusai-protocol/hokusai/sdk"
	"github.com/hokusai-protocol/hokusai/sdk/api"
)

// maxCasesFile bounds a --cases file before it is parsed.
const maxCasesFile = 4 << 20

// readTestCases reads a cases file: a JSON array of {input,
// expected_output} or {"test_cases": [...]}.
func readTestCases(path string) ([]api.IntegrationTestCase, error) {
	b, err := pack.ReadInputFile("cases", path, maxCasesFile)
	if err != nil {
		return nil, err
	}
	var cases []api.IntegrationTestCase
	dec := json.NewDecoder(bytes.NewReader(bytes.TrimSpace(b)))
	dec.DisallowUnknownFields()
	if bytes.HasPrefix(bytes.TrimSpace(b), []byte("{")) {
		var wrapped struct {
			TestCases []api.IntegrationTestCase `json:"test_cases"`
		}
		err = dec.Decode(&wrapped)
		cases = wrapped.TestCases
	} else {
		err = dec.Decode(&cases)
	}
	if err != nil {
		return nil, hokusai.FieldErrorf("cases", "--cases %s must be a JSON array of {\"input\": {...}, \"expected_output\": ...} (or {\"test_cases\": [...]}): %v.", pack.Printable(path), err)
	}
	return cases, nil
}

func newTestModelIntegrationCmd(g *globals) *cobra.Command {
	var file, key string
	var tolerance float64
	var asJSON bool
	cmd := &cobra.Command{
		Use:     "test_model_integration MODEL --cases FILE --key hk_…",
		Aliases: []string{"test-model-integration"},
		Short:   "Run test cases through your served model and report status, score and failures (test_model_integration)",
		Long: "test_model_integration (the seed's SDK call): runs up to 100 cases {input, expected_output} from --cases FILE\n" +
			"through the version the model is served by, like predict, and reports status (passed, failed or error),\n" +
			"score (the fraction of cases passed) and each failed case with the model's actual output. The model's\n" +
			"owner runs it with one of their API keys; it is not charged. Exits 1 when a case fails.",
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if file == "" {
				return hokusai.FieldErrorf("cases", "Give --cases FILE, a JSON array of {\"input\": {...}, \"expected_output\": ...}.")
			}
			if key == "" {
				return hokusai.FieldErrorf("key", "Give --key hk_… (or HOKUSAI_API_KEY), an API key of the model's owner.")
			}
			cases, err := readTestCases(file)
			if err != nil {
				return err
			}
			rep, err := sdk.New(g.server, sdk.WithAPIKey(key)).TestModelIntegration(cmd.Context(), args[0], cases, tolerance)
			if err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			if asJSON {
				if err := writeJSON(out, rep); err != nil {
					return err
				}
			} else {
				printIntegrationTest(out, rep)
			}
			if rep.Status != "passed" {
				return errTestsFailed
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&file, "cases", "", "JSON file of test cases [{\"input\": {...}, \"expected_output\": ...}]")
	cmd.Flags().Float64Var(&tolerance, "tolerance", 0, "absolute tolerance for numeric outputs")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the API's JSON")
	apiKeyFlag(cmd, &key)
	return cmd
}

func printIntegrationTest(out io.Writer, rep *api.IntegrationTestResponse) {
	fmt.Fprintf(out, "Model %d (%s) version %s: %s, score %.4f (%d of %d cases passed)\n", rep.ModelId, rep.Ticker, rep.Version, rep.Status, rep.Score, rep.Passed, rep.Total)
	if rep.Error != nil && *rep.Error != "" {
		fmt.Fprintf(out, "error: %s\n", *rep.Error)
	}
	for _, f := range rep.FailedCases {
		fmt.Fprintf(out, "  FAIL %-20s expected %q, got %q\n", f.Name, f.ExpectedOutput, f.ActualOutput)
	}
}

// errTestsFailed makes `hokusai test_model_integration` exit 1 after
// printing the failed cases.
var errTestsFailed = fmt.Errorf("some test cases did not pass (report above)")
