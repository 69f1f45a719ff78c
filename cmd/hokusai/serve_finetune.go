package main

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"os"
	"path/filepath"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/contrib"
	"github.com/hokusai-protocol/hokusai/evaluator"
	"github.com/hokusai-protocol/hokusai/finetune"
	"github.com/hokusai-protocol/hokusai/pack"
)

// startFineTune registers the fine-tuning routes and starts the worker
// that runs jobs on the local runner (and the Kubernetes and Akash
// runners when configured, with their run exchange), resuming a job its predecessor left
// mid-run from the job's last checkpoint. Results are published to the
// fine-tuner's fork signed by the evaluator's key (the platform's when
// this server holds no evaluator key), scored on the base's benchmark.
func startFineTune(ctx context.Context, s *server, contribs *contrib.Store) (func() error, error) {
	key, err := publisherKey(s)
	if err != nil {
		return nil, err
	}
	tmp := filepath.Join(s.cfg.dataDir, "tmp")
	hf := finetune.HFCacheFromEnv()
	local := &finetune.LocalRunner{Registry: s.stores.Registry, Blobs: s.blobs, Tmp: tmp, HF: hf}
	if s.cfg.finetunePython != "" {
		if _, err := os.Stat(s.cfg.finetuneTrainer); err != nil {
			return nil, hokusai.FieldErrorf("finetune-trainer", "%s: the trainer script does not exist; point it at finetune/trainer/hokusai_trainer.py.", s.cfg.origin("finetune-trainer"))
		}
		local.Trainer = &finetune.PythonTrainer{Python: s.cfg.finetunePython, Script: s.cfg.finetuneTrainer}
	}
	pub := &finetune.Publisher{Registry: s.stores.Registry, Blobs: s.blobs, Key: key, Tmp: tmp,
		Score: func(ctx context.Context, modelID uint64, archive []byte) (string, float64, error) {
			st, err := contribs.FindSetup(ctx, modelID)
			if err != nil {
				return "", 0, err
			}
			eng, err := evaluator.NewEngine(st)
			if err != nil {
				return "", 0, err
			}
			sc, err := eng.ScorePackage(ctx, archive)
			if err != nil {
				return "", 0, err
			}
			return st.Metric.String(), sc.Score, nil
		}}
	remote, closeExchange, err := fineTuneRunners(s, tmp)
	if err != nil {
		return nil, err
	}
	w := &finetune.Worker{Jobs: s.stores.FineTunes, Queue: s.stores.Jobs, Runners: append([]hokusai.FineTuneRunner{local}, remote...), Publish: pub.Publish,
		Log: s.log.With("part", "finetune")}
	svc := &finetune.Service{Jobs: s.stores.FineTunes, Queue: s.stores.Jobs, Models: s.models, Registry: s.stores.Registry, Blobs: s.blobs,
		Setups: contribs.FindSetup, HF: hf, Runners: w.Runners, Worker: w, Tmp: tmp, Log: s.log}
	(&finetune.API{Service: svc, Signed: s.signed, Log: s.log}).Register(s.http)
	done := make(chan struct{})
	go func() {
		defer close(done)
		if err := w.Run(ctx); err != nil && !errors.Is(err, context.Canceled) {
			s.log.Error("fine-tuning worker stopped", "err", err)
		}
	}()
	return func() error {
		<-done
		if closeExchange != nil {
			return closeExchange()
		}
		return nil
	}, nil
}

// publisherKey is the key that signs packages the server registers itself:
// the evaluator's (--evaluator-key, or the dev key on the dev chain), else
// the platform's.
func publisherKey(s *server) (*ecdsa.PrivateKey, error) {
	if v := s.cfg.evaluatorKey; v != "" {
		k, err := pack.ParseKey(v)
		if err != nil {
			return nil, hokusai.FieldErrorf("evaluator-key", "%s is not a hex private key.", s.cfg.origin("evaluator-key"))
		}
		return k, nil
	}
	if s.node != nil {
		return devKey("evaluator"), nil
	}
	return s.platform, nil
}
