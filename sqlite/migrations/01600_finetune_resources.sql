-- +goose Up
-- What a fine-tuning run asks of its machine (0 and '': the runner's
-- defaults): thousandths of a core, MiB of memory, GPUs and their model.
ALTER TABLE finetune_jobs ADD COLUMN cpu_millis INTEGER NOT NULL DEFAULT 0;
ALTER TABLE finetune_jobs ADD COLUMN memory_mib INTEGER NOT NULL DEFAULT 0;
ALTER TABLE finetune_jobs ADD COLUMN gpus INTEGER NOT NULL DEFAULT 0;
ALTER TABLE finetune_jobs ADD COLUMN gpu_model TEXT NOT NULL DEFAULT '';

-- +goose Down
ALTER TABLE finetune_jobs DROP COLUMN gpu_model;
ALTER TABLE finetune_jobs DROP COLUMN gpus;
ALTER TABLE finetune_jobs DROP COLUMN memory_mib;
ALTER TABLE finetune_jobs DROP COLUMN cpu_millis;
