package main

import (
	"context"
	"errors"
	"net"
	"net/http"
	"net/url"
	"os"
	"strings"
	"time"

	"github.com/spf13/pflag"
	"k8s.io/client-go/kubernetes"
	"k8s.io/client-go/rest"
	"k8s.io/client-go/tools/clientcmd"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/finetune"
	hhttp "github.com/hokusai-protocol/hokusai/http"
)

// runnerConfig holds the settings of the fine-tuning runners that train
// outside this process: a Kubernetes cluster, Akash leases, and the run
// exchange their trainers reach.
type runnerConfig struct {
	trainerImage   string
	exchangeListen string
	exchangeURL    string

	k8sNamespace string // empty: no Kubernetes runner
	kubeconfig   string // empty: $KUBECONFIG, else the in-cluster config

	akashAPIURL     string // empty: no Akash runner
	akashAPIKey     string
	akashDenom      string
	akashStartPrice int64
	akashMaxPrice   int64
	akashDeposit    string
	akashAttributes string
}

func runnerFlags(f *pflag.FlagSet, cfg *runnerConfig) {
	f.StringVar(&cfg.trainerImage, "trainer-image", "", "container image holding the hokusai binary, which the Kubernetes and Akash runners start as `hokusai finetune train`")
	f.StringVar(&cfg.exchangeListen, "runner-exchange-listen", "", "listen address of the run exchange, where Kubernetes and Akash trainers read inputs and write checkpoints (e.g. 0.0.0.0:8091)")
	f.StringVar(&cfg.exchangeURL, "runner-exchange-url", "", "the URL at which trainers reach the run exchange (e.g. https://hokusai.example:8091)")
	f.StringVar(&cfg.k8sNamespace, "k8s-namespace", "", "run fine-tuning jobs whose runner is kubernetes as batch/v1 Jobs in this namespace (empty: no Kubernetes runner)")
	f.StringVar(&cfg.kubeconfig, "kubeconfig", "", "kubeconfig file of the cluster for --k8s-namespace (default: $KUBECONFIG, else the in-cluster service account)")
	f.StringVar(&cfg.akashAPIURL, "akash-api-url", "", "Akash Console API base URL (e.g. https://console-api.akash.network) for jobs whose runner is akash (empty: no Akash runner)")
	f.StringVar(&cfg.akashAPIKey, "akash-api-key", "", "Akash Console API key (x-api-key); prefer the environment (HOKUSAI_AKASH_API_KEY) or the file, a flag shows in ps")
	f.StringVar(&cfg.akashDenom, "akash-denom", finetune.DenomAKT, "denomination Akash leases are priced in: uakt, uact or USDC's IBC denom")
	f.Int64Var(&cfg.akashStartPrice, "akash-start-price", 1000, "first price offered per block, in --akash-denom's smallest unit; raised by half per round without a bid")
	f.Int64Var(&cfg.akashMaxPrice, "akash-max-price", 10000, "the most paid per block, in --akash-denom's smallest unit")
	f.StringVar(&cfg.akashDeposit, "akash-deposit", "5.00", "escrow deposit of each Akash deployment, in USD")
	f.StringVar(&cfg.akashAttributes, "akash-attributes", "", "placement attributes providers must have, key=value,… (e.g. region=us-west)")
}

// fineTuneRunners returns the runners this server is configured for
// after local, and a function that stops the run exchange (nil when no
// remote runner is configured).
func fineTuneRunners(s *server, tmp string) ([]hokusai.FineTuneRunner, func() error, error) {
	cfg := &s.cfg.runners
	if cfg.k8sNamespace == "" && cfg.akashAPIURL == "" {
		return nil, nil, nil
	}
	if cfg.trainerImage == "" {
		return nil, nil, hokusai.FieldErrorf("trainer-image", "The Kubernetes and Akash runners start a trainer image: set --trainer-image to an image holding this hokusai binary.")
	}
	if cfg.exchangeListen == "" || cfg.exchangeURL == "" {
		return nil, nil, hokusai.FieldErrorf("runner-exchange-url", "The Kubernetes and Akash runners' trainers read inputs and write checkpoints through the run exchange: set --runner-exchange-listen (e.g. 0.0.0.0:8091) and --runner-exchange-url (how pods or leases reach it).")
	}
	if u, err := url.Parse(cfg.exchangeURL); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, nil, hokusai.FieldErrorf("runner-exchange-url", "--runner-exchange-url must be an http(s) URL, got %q.", hokusai.Excerpt(cfg.exchangeURL))
	}
	x := &finetune.Exchange{Blobs: s.blobs, URL: cfg.exchangeURL}
	var runners []hokusai.FineTuneRunner
	if cfg.k8sNamespace != "" {
		rc, err := kubeConfig(cfg.kubeconfig)
		if err != nil {
			return nil, nil, err
		}
		cs, err := kubernetes.NewForConfig(rc)
		if err != nil {
			return nil, nil, hokusai.FieldErrorf("kubeconfig", "Kubernetes client: %v.", err)
		}
		runners = append(runners, &finetune.KubernetesRunner{Client: cs, Namespace: cfg.k8sNamespace, Image: cfg.trainerImage, Exchange: x, Registry: s.stores.Registry, Tmp: tmp})
	}
	if cfg.akashAPIURL != "" {
		if cfg.akashAPIKey == "" {
			return nil, nil, hokusai.FieldErrorf("akash-api-key", "--akash-api-url needs the Console API key: set HOKUSAI_AKASH_API_KEY (create one in the Akash Console under Settings → API Keys).")
		}
		if cfg.akashStartPrice <= 0 || cfg.akashMaxPrice < cfg.akashStartPrice {
			return nil, nil, hokusai.FieldErrorf("akash-max-price", "--akash-start-price must be above 0 and --akash-max-price at least as high, got %d and %d.", cfg.akashStartPrice, cfg.akashMaxPrice)
		}
		switch cfg.akashDenom {
		case finetune.DenomAKT, finetune.DenomACT, finetune.DenomUSDC:
		default:
			return nil, nil, hokusai.FieldErrorf("akash-denom", "--akash-denom must be uakt, uact or %s, got %q.", finetune.DenomUSDC, hokusai.Excerpt(cfg.akashDenom))
		}
		attrs := map[string]string{}
		for _, kv := range strings.Split(cfg.akashAttributes, ",") {
			if kv = strings.TrimSpace(kv); kv == "" {
				continue
			}
			k, v, ok := strings.Cut(kv, "=")
			if !ok || k == "" || v == "" {
				return nil, nil, hokusai.FieldErrorf("akash-attributes", "--akash-attributes is key=value,…; %q has no value.", hokusai.Excerpt(kv))
			}
			attrs[k] = v
		}
		runners = append(runners, &finetune.AkashRunner{Client: &finetune.AkashClient{URL: cfg.akashAPIURL, Key: cfg.akashAPIKey, HTTP: &http.Client{Timeout: time.Minute}},
			Image: cfg.trainerImage, Exchange: x, Registry: s.stores.Registry, Attributes: attrs, Denom: cfg.akashDenom,
			StartPrice: cfg.akashStartPrice, MaxPrice: cfg.akashMaxPrice, Deposit: cfg.akashDeposit, Holds: s.stores.FineTuneHolds, Tmp: tmp})
	}
	ln, err := net.Listen("tcp", cfg.exchangeListen)
	if err != nil {
		return nil, nil, hokusai.FieldErrorf("runner-exchange-listen", "Cannot listen on --runner-exchange-listen %s: %v.", cfg.exchangeListen, err)
	}
	// Trainers run on machines this server does not control: a slow body or
	// an idle connection is cut like on the API's listener.
	srv := &http.Server{Handler: http.MaxBytesHandler(x, finetune.MaxPackageBytes+1<<20), ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout: 5 * time.Minute, IdleTimeout: hhttp.DefaultIdleTimeout}
	go func() {
		if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			s.log.Error("run exchange stopped", "err", err)
		}
	}()
	s.log.Info("run exchange", "listen", ln.Addr().String(), "url", cfg.exchangeURL)
	return runners, func() error {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		return srv.Shutdown(ctx)
	}, nil
}

// kubeConfig reads the cluster's client configuration: the file given,
// else $KUBECONFIG, else the service account of a pod in the cluster.
func kubeConfig(path string) (*rest.Config, error) {
	from := "--kubeconfig"
	if path == "" {
		path, from = os.Getenv("KUBECONFIG"), "KUBECONFIG (for --kubeconfig)"
	}
	if path == "" {
		rc, err := rest.InClusterConfig()
		if err != nil {
			return nil, hokusai.FieldErrorf("kubeconfig", "--k8s-namespace needs a cluster: set --kubeconfig (or KUBECONFIG) to a kubeconfig file, or run the server in a pod (%v).", err)
		}
		return rc, nil
	}
	rc, err := clientcmd.BuildConfigFromFlags("", path)
	if err != nil {
		return nil, hokusai.FieldErrorf("kubeconfig", "%s %s cannot be read: %v.", from, path, err)
	}
	return rc, nil
}
