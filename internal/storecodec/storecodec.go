// Package storecodec holds the Go side of storing domain values that the
// SQLite and PostgreSQL stores share: defaulting and JSON encoding of
// columns before an insert, decoding them after a select, and the errors a
// store reports for a violated constraint. The SQL stays in each backend.
package storecodec

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/hokusai-protocol/hokusai"
)

// Scanner is a row a store reads columns from: *sql.Row or *sql.Rows.
type Scanner interface{ Scan(dest ...any) error }

// VersionRow is a model version's columns encoded for an insert.
type VersionRow struct {
	Manifest      string             // the manifest as JSON
	Metrics       string             // the metrics as JSON
	MetricsMap    map[string]float64 // the metrics stored: the version's, else the manifest's, else empty
	ParentID      any                // the parent's model id, or nil
	ParentVersion any                // the parent's version, or nil
}

// PrepareVersion checks v, defaults its metrics to the manifest's, encodes
// its JSON columns and checks through find that its parent is registered.
func PrepareVersion(ctx context.Context, v *hokusai.ModelVersion,
	find func(ctx context.Context, modelID uint64, version string) (*hokusai.ModelVersion, error)) (hokusai.Semver, *VersionRow, error) {
	sv, err := hokusai.CheckModelVersion(v)
	if err != nil {
		return hokusai.Semver{}, nil, err
	}
	metrics := v.Metrics
	if metrics == nil {
		metrics = v.Manifest.Metrics
	}
	if metrics == nil {
		metrics = map[string]float64{}
	}
	manifestJSON, err := json.Marshal(v.Manifest)
	if err != nil {
		return hokusai.Semver{}, nil, fmt.Errorf("create version: %w", err)
	}
	metricsJSON, err := json.Marshal(metrics)
	if err != nil {
		return hokusai.Semver{}, nil, hokusai.FieldErrorf("metrics", "Metrics must be finite numbers: %v.", err)
	}
	row := &VersionRow{Manifest: string(manifestJSON), Metrics: string(metricsJSON), MetricsMap: metrics}
	if p := v.Parent; p != nil {
		if err := hokusai.CheckModelID(p.ModelID); err != nil {
			return hokusai.Semver{}, nil, hokusai.FieldErrorf("parent.model_id", "Parent model id must be between 1 and 2^63−1, got %d.", p.ModelID)
		}
		if _, err := find(ctx, p.ModelID, p.Version); err != nil {
			if hokusai.ErrorCode(err) == hokusai.ENOTFOUND {
				return hokusai.Semver{}, nil, hokusai.FieldErrorf("parent", "The parent, model %d version %s, is not registered; register it first or fix the lineage.", p.ModelID, p.Version)
			}
			return hokusai.Semver{}, nil, err
		}
		row.ParentID, row.ParentVersion = int64(p.ModelID), p.Version
	}
	return sv, row, nil
}

// VersionExists is the error for a second version with v's model and version.
func VersionExists(v *hokusai.ModelVersion) error {
	return &hokusai.Error{Code: hokusai.ECONFLICT, Field: "version",
		Message: fmt.Sprintf("Model %d already has version %s; bump the version (semver) and package again.", v.ModelID, v.Version)}
}

// VersionModelMissing is the error for a version of a model not indexed.
func VersionModelMissing(v *hokusai.ModelVersion) error {
	return hokusai.Errorf(hokusai.ENOTFOUND, "No model has id %d; create the model before registering versions.", v.ModelID)
}

// DecodeVersion fills v's model id, manifest, metrics and parent from
// their stored columns.
func DecodeVersion(v *hokusai.ModelVersion, modelID int64, manifest, metrics string, parentID sql.NullInt64, parentVersion sql.NullString) error {
	v.ModelID = uint64(modelID)
	v.Manifest = new(hokusai.Manifest)
	if err := json.Unmarshal([]byte(manifest), v.Manifest); err != nil {
		return fmt.Errorf("version %d@%s manifest: %w", modelID, v.Version, err)
	}
	if err := json.Unmarshal([]byte(metrics), &v.Metrics); err != nil {
		return fmt.Errorf("version %d@%s metrics: %w", modelID, v.Version, err)
	}
	if parentID.Valid {
		v.Parent = &hokusai.Lineage{ModelID: uint64(parentID.Int64), Version: parentVersion.String}
	}
	return nil
}

// ModelTags encodes a model's tags, an empty list for none.
func ModelTags(tags []string) (string, error) {
	if tags == nil {
		tags = []string{}
	}
	b, err := json.Marshal(tags)
	if err != nil {
		return "", fmt.Errorf("upsert model: %w", err)
	}
	return string(b), nil
}

// Wad is v in decimal, "0" for nil.
func Wad(v *big.Int) string {
	if v == nil {
		return "0"
	}
	return v.String()
}

// TickerTaken is the error for a ticker another model already has.
func TickerTaken(ticker string) error {
	return &hokusai.Error{Code: hokusai.ECONFLICT, Field: "ticker",
		Message: fmt.Sprintf("Ticker %s is already taken by another model; choose another ticker.", ticker)}
}

// DecodeModel fills m's id, block, enums, tags, baseline and delta from
// their stored columns.
func DecodeModel(m *hokusai.Model, id, blockNumber int64, metric, direction, license int, tags, baseline, deltaOne string) error {
	m.ID, m.BlockNumber = uint64(id), uint64(blockNumber)
	m.Metric, m.Direction, m.License = hokusai.Metric(metric), hokusai.Direction(direction), hokusai.License(license)
	if err := json.Unmarshal([]byte(tags), &m.Tags); err != nil {
		return fmt.Errorf("model %d tags: %w", id, err)
	}
	var ok bool
	if m.Baseline, ok = new(big.Int).SetString(baseline, 10); !ok {
		return fmt.Errorf("model %d baseline %q: not an integer", id, baseline)
	}
	if m.DeltaOne, ok = new(big.Int).SetString(deltaOne, 10); !ok {
		return fmt.Errorf("model %d delta_one %q: not an integer", id, deltaOne)
	}
	return nil
}

// ScanTx reads a transaction in the column order both stores select
// (times as Unix nanoseconds); sql.ErrNoRows comes back unwrapped.
func ScanTx(r Scanner) (*hokusai.Tx, error) {
	var (
		tx                             hokusai.Tx
		chainID, gas, created, updated int64
		value, state                   string
		nonce, rBlock, rStatus, rGas   sql.NullInt64
		rHash, rBlockHash              sql.NullString
	)
	if err := r.Scan(&tx.ID, &tx.IdempotencyKey, &chainID, &tx.From, &tx.To, &tx.Data, &value, &gas, &state, &nonce, &tx.Error,
		&rHash, &rBlock, &rBlockHash, &rStatus, &rGas, &created, &updated); err != nil {
		if errors.Is(err, sql.ErrNoRows) {
			return nil, err
		}
		return nil, fmt.Errorf("scan tx: %w", err)
	}
	tx.ChainID, tx.GasLimit, tx.State = uint64(chainID), uint64(gas), hokusai.TxState(state)
	tx.Value, _ = new(big.Int).SetString(value, 10)
	if nonce.Valid {
		n := uint64(nonce.Int64)
		tx.Nonce = &n
	}
	if rHash.Valid {
		tx.Receipt = &hokusai.TxReceipt{Hash: rHash.String, BlockNumber: uint64(rBlock.Int64), BlockHash: rBlockHash.String, Status: uint64(rStatus.Int64), GasUsed: uint64(rGas.Int64)}
	}
	tx.CreatedAt, tx.UpdatedAt = time.Unix(0, created).UTC(), time.Unix(0, updated).UTC()
	return &tx, nil
}

// NonNil is b, or an empty slice for nil, for a NOT NULL bytes column.
func NonNil(b []byte) []byte {
	if b == nil {
		return []byte{}
	}
	return b
}

// ScanAccountAudits reads rows of (consumer, deposited, withdrawn,
// pending_withdrawal, settled, unsettled, usage settled, usage open, usage
// in flight) and closes them.
func ScanAccountAudits(rows *sql.Rows) ([]hokusai.AccountAudit, error) {
	defer rows.Close()
	var out []hokusai.AccountAudit
	for rows.Next() {
		var a hokusai.AccountAudit
		if err := rows.Scan(&a.Consumer, &a.Deposited, &a.Withdrawn, &a.PendingWithdrawal, &a.Settled, &a.Unsettled,
			&a.UsageSettled, &a.UsageOpen, &a.UsageInFlight); err != nil {
			return nil, fmt.Errorf("audit accounts: %w", err)
		}
		a.Spendable = hokusai.SpendableOf(&a.Credits)
		out = append(out, a)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("audit accounts: %w", err)
	}
	return out, nil
}

// ScanUsageStats reads rows of (model_id, calls, amount) and closes them;
// no rows is an empty list.
func ScanUsageStats(rows *sql.Rows) ([]hokusai.UsageStats, error) {
	defer rows.Close()
	out := []hokusai.UsageStats{}
	for rows.Next() {
		var m, calls, amount int64
		if err := rows.Scan(&m, &calls, &amount); err != nil {
			return nil, fmt.Errorf("usage: %w", err)
		}
		out = append(out, hokusai.UsageStats{ModelID: uint64(m), Calls: uint64(calls), Amount: amount})
	}
	return out, rows.Err()
}

// ScanMint reads a journaled mint in the column order both stores select
// (evaluation_id, model_id, idempotency_key, request, state, tx_hash, reward).
func ScanMint(r Scanner) (*hokusai.MintRecord, error) {
	m := &hokusai.MintRecord{}
	var model int64
	var req string
	if err := r.Scan(&m.EvaluationID, &model, &m.IdempotencyKey, &req, &m.State, &m.TxHash, &m.Reward); err != nil {
		return nil, err
	}
	m.ModelID, m.Request = uint64(model), json.RawMessage(req)
	return m, nil
}

// ScanPendingMints reads rows of journaled mints and closes them.
func ScanPendingMints(rows *sql.Rows) ([]*hokusai.MintRecord, error) {
	defer rows.Close()
	var out []*hokusai.MintRecord
	for rows.Next() {
		m, err := ScanMint(rows)
		if err != nil {
			return nil, fmt.Errorf("pending mints: %w", err)
		}
		out = append(out, m)
	}
	return out, rows.Err()
}

// ScanMintStates reads rows of (idempotency_key, state) and closes them.
// Keys are compared in lower case, and a confirmed mint's state wins over
// any other mint with the same key.
func ScanMintStates(rows *sql.Rows) (map[string]string, error) {
	defer rows.Close()
	out := map[string]string{}
	for rows.Next() {
		var k, st string
		if err := rows.Scan(&k, &st); err != nil {
			return nil, fmt.Errorf("mint states: %w", err)
		}
		k = strings.ToLower(k)
		if out[k] != hokusai.MintConfirmed {
			out[k] = st
		}
	}
	return out, rows.Err()
}

// ScanTxAttempts reads rows of (id, tx_id, hash, gas_tip_cap, gas_fee_cap,
// raw, state, broadcast_block, created_at as Unix nanoseconds) and closes
// them.
func ScanTxAttempts(rows *sql.Rows) ([]*hokusai.TxAttempt, error) {
	defer rows.Close()
	var out []*hokusai.TxAttempt
	for rows.Next() {
		var (
			a            hokusai.TxAttempt
			tip, fee     string
			state        string
			block, creat int64
		)
		if err := rows.Scan(&a.ID, &a.TxID, &a.Hash, &tip, &fee, &a.Raw, &state, &block, &creat); err != nil {
			return nil, fmt.Errorf("tx attempts: %w", err)
		}
		a.GasTipCap, _ = new(big.Int).SetString(tip, 10)
		a.GasFeeCap, _ = new(big.Int).SetString(fee, 10)
		a.State = hokusai.TxAttemptState(state)
		a.BroadcastBlock = uint64(block)
		a.CreatedAt = time.Unix(0, creat).UTC()
		out = append(out, &a)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("tx attempts: %w", err)
	}
	return out, nil
}

// AlreadyWhitelisted is the error for an access request from a consumer
// already on the model's whitelist.
func AlreadyWhitelisted(consumer string, modelID uint64) error {
	return hokusai.Errorf(hokusai.ECONFLICT, "%s is already whitelisted on model %d: it may call the model without asking.", consumer, modelID)
}

// NoPendingAccess is the error for declining an access request that is not
// pending.
func NoPendingAccess(consumer string, modelID uint64) error {
	return hokusai.Errorf(hokusai.ENOTFOUND, "%s has no pending access request on model %d.", consumer, modelID)
}
