package runtime_test

import (
	"context"
	"fmt"
	"path/filepath"

	"github.com/hokusai-protocol/hokusai"
	hkruntime "github.com/hokusai-protocol/hokusai/runtime"
)

// Open serves the model a manifest's runtime section names; Predict takes
// rows as a dataset loader produces them. A column a row leaves out adds no
// evidence either way, so these short rows are less certain than full ones.
func ExampleOpen() {
	spec := hokusai.RuntimeSpec{Kind: hokusai.RuntimeLinear, Entrypoint: "model.json"}
	p, err := hkruntime.Open(spec, filepath.Join("..", "testdata", "models", "house-votes-84-linear"), hkruntime.Config{})
	if err != nil {
		fmt.Println(err)
		return
	}
	defer p.Close()
	preds, err := p.Predict(context.Background(), []hokusai.Row{
		{"physician-fee-freeze": "y", "el-salvador-aid": "y", "crime": "y"},
		{"physician-fee-freeze": "n", "el-salvador-aid": "n", "crime": "n"},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, pr := range preds {
		fmt.Printf("%s %.2f\n", pr.Label, pr.Confidence)
	}
	fmt.Println(p.Info().Classes)
	// Output:
	// republican 0.80
	// democrat 0.95
	// [democrat republican]
}
