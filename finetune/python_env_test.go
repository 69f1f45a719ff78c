package finetune

import (
	"strings"
	"testing"
)

// A trainer reads uploaded rows: the server's secrets are not in its
// environment, the Hugging Face cache and PATH are.
func TestTrainerEnvLeavesSecretsOut(t *testing.T) {
	t.Setenv("HOKUSAI_PASSWORD", "hunter2")
	t.Setenv("HOKUSAI_AKASH_API_KEY", "akash-secret")
	t.Setenv("DATABASE_URL", "postgres://u:p@db/hokusai")
	t.Setenv("HF_HUB_CACHE", "/cache/hub")
	env := strings.Join(trainerEnv(), "\n")
	for _, secret := range []string{"hunter2", "akash-secret", "postgres://"} {
		if strings.Contains(env, secret) {
			t.Errorf("the trainer's environment holds %q:\n%s", secret, env)
		}
	}
	if !strings.Contains(env, "HF_HUB_CACHE=/cache/hub") || !strings.Contains(env, "PATH=") {
		t.Errorf("the trainer's environment lacks the cache or PATH:\n%s", env)
	}
}
