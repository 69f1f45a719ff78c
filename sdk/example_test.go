package sdk_test

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"os"

	"github.com/hokusai-protocol/hokusai/sdk"
	"github.com/hokusai-protocol/hokusai/sdk/api"
)

// A client with an API key reads a model, contributes rows signed by a
// wallet, and calls an operation that has no helper through the generated
// client.
func Example() {
	ctx := context.Background()
	var walletKey *ecdsa.PrivateKey // from a keystore
	rows := []byte("sepal_length,species\n5.1,setosa\n")

	c := sdk.New("http://127.0.0.1:8080", sdk.WithAPIKey(os.Getenv("HOKUSAI_API_KEY")))
	m, err := c.GetModel(ctx, "iris")
	if err != nil {
		fmt.Println(err) // a *hokusai.Error with the server's code
		return
	}
	got, created, err := c.Contribute(ctx, "iris", rows, "csv", "retry-key-1", walletKey)
	if err != nil {
		fmt.Println(err)
		return
	}
	u, err := c.API().GetUsageWithResponse(ctx, &api.GetUsageParams{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(m.Ticker, got.Id, created, u.StatusCode())
}
