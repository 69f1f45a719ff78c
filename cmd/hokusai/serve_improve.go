package main

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/attest"
	"github.com/hokusai-protocol/hokusai/contrib"
	"github.com/hokusai-protocol/hokusai/evaluator"
	"github.com/hokusai-protocol/hokusai/pack"
	"github.com/hokusai-protocol/hokusai/zk"
)

// DevAttesterCount is how many attesters the server holds on the dev chain.
const DevAttesterCount = 2

// devKey derives a fixed dev-chain key from a label (never for real money).
func devKey(label string) *ecdsa.PrivateKey {
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte("hokusai dev key: " + label)))
	if err != nil {
		panic(err)
	}
	return k
}

// devAttesterKeys are the dev chain's attesters, as `configure_verifier`
// registers them by default.
func devAttesterKeys() []*ecdsa.PrivateKey {
	var out []*ecdsa.PrivateKey
	for i := 0; i < DevAttesterCount; i++ {
		out = append(out, devKey(fmt.Sprintf("attester %d", i)))
	}
	return out
}

// startImprove registers the contribution routes over store and, where
// this server holds an evaluator key, starts the evaluator worker that
// evaluates contributions and mints.
func startImprove(ctx context.Context, s *server, store *contrib.Store) (func() error, error) {
	if s.protocol.Mint == nil {
		return nil, errors.New("the protocol record has no mint contracts")
	}
	var err error
	evalKey, attKeys := devKey("evaluator"), devAttesterKeys()
	cfg := s.cfg
	if v := cfg.evaluatorKey; v != "" {
		if evalKey, err = pack.ParseKey(v); err != nil {
			return nil, hokusai.FieldErrorf("evaluator-key", "%s is not a hex private key.", cfg.origin("evaluator-key"))
		}
	} else if s.node == nil {
		// Contributions are still taken and shown; nothing evaluates them.
		s.log.Warn("no evaluator on this external chain: set HOKUSAI_EVALUATOR_KEY (hex key) to evaluate contributions and mint, and HOKUSAI_ATTESTER_KEYS for attesters this server runs")
		(&evaluator.API{Store: store, Models: s.models, Client: s.client, Mint: s.protocol.Mint, Signed: s.signed, Whitelist: s.stores.Whitelist, Log: s.log}).Register(s.http)
		return nil, nil
	}
	if v := cfg.attesterKeys; v != "" {
		attKeys = nil
		for _, h := range strings.Split(v, ",") {
			k, err := pack.ParseKey(strings.TrimSpace(h))
			if err != nil {
				return nil, hokusai.FieldErrorf("attester-keys", "%s holds a value that is not a hex private key.", cfg.origin("attester-keys"))
			}
			attKeys = append(attKeys, k)
		}
	} else if s.node == nil {
		attKeys = nil
	}
	evalAddr := crypto.PubkeyToAddress(evalKey.PublicKey)
	w := &evaluator.Worker{
		Store: store, Jobs: s.stores.Jobs, Client: s.client, Mint: s.protocol.Mint, Sender: s.platform, Txs: s.txs, Evaluator: evalKey, Log: s.log.With("part", "evaluator"),
		ClaimDir: filepath.Join(s.cfg.dataDir, "claims"),
		Mailbox:  evaluator.NewMailbox(), // registered attesters this server does not hold sign through `hokusai attest`
	}
	for _, k := range attKeys {
		w.Attesters = append(w.Attesters, attest.New(k, evalAddr))
	}
	w.ProofDir = filepath.Join(s.cfg.dataDir, "proofs")
	w.ZkKeys = zkKeys(cfg, s.node != nil)
	if err := configureWorkerBudgets(w, cfg); err != nil {
		return nil, err
	}
	pub := &headPublisher{registry: s.stores.Registry, blobs: s.blobs, key: evalKey, tmp: filepath.Join(s.cfg.dataDir, "tmp")}
	w.Publish, w.PublishPackage, w.HeadPackage = pub.publish, pub.publishPackage, pub.headPackage
	if cfg.evaluatorCrash == "after-broadcast" {
		w.AfterBroadcast = func(id int64) {
			s.log.Warn("crash requested after broadcast", "evaluation", id)
			os.Exit(3)
		}
	}
	relay, err := s.relay()
	if err != nil {
		return nil, err
	}
	(&evaluator.API{
		Store: store, Worker: w, Models: s.models, Client: s.client, Mint: s.protocol.Mint, Platform: s.platform, Signed: s.signed,
		Whitelist: s.stores.Whitelist, Relay: relay, Log: s.log,
	}).Register(s.http)
	done := make(chan struct{})
	go func() {
		defer close(done)
		if err := w.Run(ctx); err != nil && !errors.Is(err, context.Canceled) {
			s.log.Error("evaluator stopped", "err", err)
		}
	}()
	return func() error { <-done; return nil }, nil
}

// zkKeys returns the evaluator's source of zkProof keys: the finished
// ceremony for a shape under --zk-ceremonies; on the dev chain a missing one
// is run locally on first use (development only: one machine makes every
// contribution).
func zkKeys(cfg *serveConfig, dev bool) func(zk.Shape) (*zk.Keys, error) {
	root := cfg.zkCeremonies
	if root == "" {
		root = filepath.Join(cfg.dataDir, "zk")
	}
	return func(sh zk.Shape) (*zk.Keys, error) {
		if dev {
			return zk.DevCeremony(root, sh)
		}
		dir := filepath.Join(root, zk.CeremonyName(sh))
		k, err := zk.LoadCeremony(dir)
		if hokusai.ErrorCode(err) == hokusai.ENOTFOUND {
			return nil, hokusai.FieldErrorf("zk-ceremonies", "No finished zkProof ceremony for circuit version %d, shape %s in %s: run one with independent contributors (zk.ContributePhase1, ContributePhase2, FinishCeremony) and put its transcript there.", zk.CircuitVersion, sh, dir)
		}
		return k, err
	}
}
