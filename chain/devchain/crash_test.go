package devchain_test

import (
	"context"
	"math/big"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/hokusai-protocol/hokusai/chain/devchain"
)

var crashRecipient = common.HexToAddress("0x00000000000000000000000000000000000dead1")

// TestCrashChild is the process TestSurvivesCrash kills: it sends two
// transfers and exits without closing the node.
func TestCrashChild(t *testing.T) {
	dir := os.Getenv("HOKUSAI_CRASH_DIR")
	if dir == "" {
		t.Skip("run by TestSurvivesCrash")
	}
	ctx := context.Background()
	n, err := devchain.Start(ctx, devchain.Config{DataDir: dir, RPCAddr: "127.0.0.1:0"})
	if err != nil {
		t.Fatal(err)
	}
	c, err := ethclient.DialContext(ctx, n.RPCURL())
	if err != nil {
		t.Fatal(err)
	}
	transfer(ctx, t, c, devchain.DevKey(4), crashRecipient, big.NewInt(7))
	transfer(ctx, t, c, devchain.DevKey(4), crashRecipient, big.NewInt(7))
	h, _ := c.BlockNumber(ctx)
	// The node flushes each head to disk just after it becomes visible;
	// die only once it says the head is on disk.
	for n.FlushedBlock() < h {
		time.Sleep(5 * time.Millisecond)
	}
	os.Stdout.WriteString("HEIGHT " + big.NewInt(int64(h)).String() + "\n")
	os.Exit(0) // no Close: a crash as far as the chain's files know
}

// TestSurvivesCrash: blocks and state written before a process dies
// without closing the node are there on the next start.
func TestSurvivesCrash(t *testing.T) {
	if os.Getenv("HOKUSAI_CRASH_DIR") != "" {
		t.Skip("child")
	}
	dir := t.TempDir()
	cmd := exec.Command(os.Args[0], "-test.run=^TestCrashChild$", "-test.v")
	cmd.Env = append(os.Environ(), "HOKUSAI_CRASH_DIR="+dir)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("child: %v\n%s", err, out)
	}
	i := strings.Index(string(out), "HEIGHT ")
	if i < 0 {
		t.Fatalf("child printed no height:\n%s", out)
	}
	want := strings.Fields(string(out)[i+7:])[0]

	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	n, err := devchain.Start(ctx, devchain.Config{DataDir: dir, RPCAddr: "127.0.0.1:0"})
	if err != nil {
		t.Fatal(err)
	}
	defer n.Close()
	c, err := ethclient.DialContext(ctx, n.RPCURL())
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	h, _ := c.BlockNumber(ctx)
	bal, err := c.BalanceAt(ctx, crashRecipient, nil)
	if big.NewInt(int64(h)).String() != want || err != nil || bal.Int64() != 14 {
		t.Fatalf("after the crash: height %d (want %s), recipient balance %v (%v), want 14", h, want, bal, err)
	}
	// And the chain goes on from there.
	transfer(ctx, t, c, devchain.DevKey(4), crashRecipient, big.NewInt(7))
	if bal, _ := c.BalanceAt(ctx, crashRecipient, nil); bal.Int64() != 21 {
		t.Fatalf("after a new transfer the balance is %v, want 21", bal)
	}
}
