package main

// Start-up integrity: before the server opens its HTTP port it checks its
// database and blob store and holds them against the chain, the source of
// truth for models, credit deposits, settlements and mints. A database
// that is damaged, from another chain or behind the chain is refused with
// the file and the fix; a missing one is rebuilt from the chain only when
// the operator asks (--rebuild-from-chain), because what the chain does
// not hold (API keys, unsettled usage, package versions, contributions) is
// lost with it.

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/chain"
	"github.com/hokusai-protocol/hokusai/chain/index"
	"github.com/hokusai-protocol/hokusai/contrib"
	"github.com/hokusai-protocol/hokusai/postgres"
	"github.com/hokusai-protocol/hokusai/sqlite"
)

// verifyBlobBytes bounds how many bytes of head packages are hashed at
// start; beyond it only sizes are compared.
const verifyBlobBytes = 1 << 30

// dataDirState is what the data directory held before anything was opened
// (opening the database writes to its log; opening the blob store creates
// its directory).
type dataDirState struct {
	// dbPath names the database in messages: the SQLite file, or the
	// PostgreSQL URL without its password.
	dbPath string
	// postgres is set when the database is PostgreSQL (--database), which
	// has no file in the data directory to inspect.
	postgres        bool
	blobsDir        string
	dbExisted       bool
	protocolExisted bool
	blobsExisted    bool
}

func exists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

// inspectDataDir records what the data directory holds and refuses a
// SQLite database whose write-ahead log was cut short or removed. A
// PostgreSQL database counts as existing once it records its deployment
// (checkDatabase looks).
func inspectDataDir(dataDir, database string) (*dataDirState, error) {
	st := &dataDirState{dbPath: filepath.Join(dataDir, "hokusai.db"), blobsDir: filepath.Join(dataDir, "blobs")}
	st.protocolExisted = exists(filepath.Join(dataDir, "protocol.json"))
	st.blobsExisted = exists(st.blobsDir)
	if postgres.IsURL(database) {
		st.dbPath, st.postgres = postgres.Redact(database), true
		return st, nil
	}
	st.dbExisted = exists(st.dbPath)
	if st.dbExisted {
		if err := sqlite.CheckWAL(st.dbPath); err != nil {
			return nil, damagedDB(st.dbPath, err)
		}
	} else if exists(st.dbPath + "-wal") {
		return nil, damagedDB(st.dbPath, fmt.Errorf("%s-wal is there but %s itself is missing", st.dbPath, st.dbPath))
	}
	return st, nil
}

// rebuildFix is the fix every refusal of the database names.
func rebuildFix(dbPath string) string {
	if postgres.IsURL(dbPath) {
		return fmt.Sprintf("Restore the PostgreSQL database %s from a backup, or point --database at an empty database and start with --rebuild-from-chain "+
			"to rebuild models, credit deposits, settlements and mints from the chain; API keys, package versions, unsettled usage and contributions cannot be recovered from the chain.", dbPath)
	}
	return fmt.Sprintf("Restore %s (with its -wal file) from a backup, or move %s, %s-wal and %s-shm aside and start with --rebuild-from-chain "+
		"to rebuild models, credit deposits, settlements and mints from the chain; API keys, package versions, unsettled usage and contributions cannot be recovered from the chain.",
		filepath.Base(dbPath), dbPath, dbPath, dbPath)
}

// damagedDB is the error for a database that cannot be trusted.
func damagedDB(dbPath string, why error) error {
	return hokusai.Errorf(hokusai.ECONFLICT, "The database %s cannot be trusted: %v. %s", dbPath, why, rebuildFix(dbPath))
}

// instanceValue is what a database records about the deployment it serves.
func instanceValue(p *chain.Protocol) string {
	v := fmt.Sprintf("chain %d genesis %s registry %s", p.ChainID, p.GenesisHash.Hex(), p.Registry.Hex())
	if p.Mint != nil {
		v += fmt.Sprintf(" vault %s router %s verifier %s", p.Mint.Vault.Hex(), p.Mint.Router.Hex(), p.Mint.Verifier.Hex())
	}
	return v
}

// checked records one start-up check's outcome for the log and the banner.
func (s *server) checked(line string) {
	s.log.Info("start-up check: " + line)
	s.checks = append(s.checks, line)
}

// confirmedHead is the newest block the server counts (the head less
// --confirmations on an external chain).
func (s *server) confirmedHead(ctx context.Context) (uint64, error) {
	head, err := s.client.Backend.BlockNumber(ctx)
	if err != nil {
		return 0, hokusai.Errorf(hokusai.EUNAVAILABLE, "The chain did not answer with its head block: %v.", err)
	}
	return head - min(head, s.confirmations()), nil
}

// confirmations is how many blocks must follow a transaction or event
// before the server counts it: --confirmations on an external chain, none
// on the embedded dev chain, whose blocks are final.
func (s *server) confirmations() uint64 {
	if s.node != nil {
		return 0
	}
	return s.cfg.confirmations
}

// checkDatabase runs SQLite's quick_check (on SQLite), holds the
// database's recorded deployment against the protocol and the chain
// indexer's newest block against the chain, and decides whether this
// start rebuilds from the chain. It runs before the indexer syncs.
func (s *server) checkDatabase(ctx context.Context, pre *dataDirState, ix *index.Indexer) error {
	inst := s.stores.Instance
	structure := "quick_check ok"
	if s.db != nil {
		if err := s.db.QuickCheck(ctx); err != nil {
			return damagedDB(pre.dbPath, err)
		}
	} else {
		// quick_check and the write-ahead log checks are SQLite's; the
		// PostgreSQL server keeps its own files whole.
		structure = "PostgreSQL (SQLite's quick_check and WAL checks do not apply)"
		var err error
		if _, pre.dbExisted, err = inst.Get(ctx, "protocol"); err != nil {
			return err
		}
	}
	rebuild, _, err := inst.Get(ctx, "rebuild")
	if err != nil {
		return err
	}
	// A database created by a start that refused because the old one was
	// missing counts as missing; a rebuild that stopped half way goes on
	// with the same flag.
	missing := !pre.dbExisted || rebuild == "needed"
	s.rebuilding = s.cfg.rebuildFromChain && (missing || rebuild == "started")
	if s.cfg.rebuildFromChain && !s.rebuilding {
		if pre.postgres {
			return hokusai.FieldErrorf("rebuild-from-chain", "--rebuild-from-chain builds a new database from the chain, but %s already holds one. Point --database at an empty database, or start without --rebuild-from-chain.", pre.dbPath)
		}
		return hokusai.FieldErrorf("rebuild-from-chain", "--rebuild-from-chain builds a new database from the chain, but %s exists. Move it (with its -wal and -shm files) aside first, or start without --rebuild-from-chain.", pre.dbPath)
	}
	want := instanceValue(s.protocol)
	have, ok, err := inst.Get(ctx, "protocol")
	if err != nil {
		return err
	}
	switch {
	case ok && have != want:
		return hokusai.Errorf(hokusai.ECONFLICT, "The database %s belongs to %s, but the protocol in protocol.json is %s: it is another chain's or another deployment's database. Point --data-dir and --rpc at the chain it belongs to, or move %s aside (and start with --rebuild-from-chain to rebuild what the chain holds).",
			pre.dbPath, have, want, pre.dbPath)
	case !ok || rebuild == "needed":
		if missing && pre.protocolExisted && !s.rebuilding {
			head, err := s.confirmedHead(ctx)
			if err != nil {
				return err
			}
			h, err := chain.ReadHistory(ctx, s.client, s.protocol, head)
			if err != nil {
				return err
			}
			if !h.Empty() {
				if err := inst.Set(ctx, "rebuild", "needed"); err != nil {
					return err
				}
				return hokusai.Errorf(hokusai.ECONFLICT, "The database %s is missing, but the protocol recorded beside it has history on chain %d: %d models, %d credit deposits, %d settlements and %d mints. %s",
					pre.dbPath, s.protocol.ChainID, h.Models, h.Deposits, h.Settlements, len(h.MintKeys), rebuildFix(pre.dbPath))
			}
		}
		if err := inst.Set(ctx, "protocol", want); err != nil {
			return err
		}
	}
	if s.rebuilding {
		if err := inst.Set(ctx, "rebuild", "started"); err != nil {
			return err
		}
	}
	last, ok, gone, err := ix.Check(ctx)
	if err != nil {
		return hokusai.Errorf(hokusai.ECONFLICT, "The database %s does not match the chain: %s %s", pre.dbPath, strings.TrimSuffix(err.Error(), "."), "— "+rebuildFix(pre.dbPath))
	}
	cursor := "nothing indexed yet"
	switch {
	case ok && gone > 0:
		cursor = fmt.Sprintf("indexed to block %d; the chain reorganised since, %d indexed blocks are undone and read again", last.Number, gone)
	case ok:
		cursor = fmt.Sprintf("indexed to block %d (hash ok)", last.Number)
	}
	s.checked(fmt.Sprintf("database: %s; chain %d, genesis and contracts match; %s", structure, s.protocol.ChainID, cursor))
	return nil
}

// checkChainHistory holds the ledger and the mint journal against the
// chain, after the chain indexer synced and before the ledger, the
// settler or the evaluator start: every settlement and mint the contracts
// recorded must be in the database, and no consumer may hold more credit
// here than in the vault. When rebuilding, settlements are copied from the
// chain first and the mints the journal lacks are recorded as lost.
func (s *server) checkChainHistory(ctx context.Context, pre *dataDirState, store *contrib.Store) error {
	mint := s.protocol.Mint
	if mint == nil {
		return nil
	}
	l, vix := s.ledger, s.vault
	chk, err := vix.CheckChain(ctx, mint.Router)
	if err != nil {
		return err
	}
	var rebuiltBatches int
	var rebuiltTotal int64
	if s.rebuilding {
		if rebuiltBatches, rebuiltTotal, err = l.RebuildSettlements(ctx, vix, mint.Router, chk.Block); err != nil {
			return err
		}
		if chk, err = vix.CheckChain(ctx, mint.Router); err != nil {
			return err
		}
	}
	for _, w := range chk.Warnings {
		s.log.Warn("start-up check: " + w)
	}
	if !chk.OK() {
		var why []string
		if n := len(chk.Lost); n > 0 {
			why = append(why, fmt.Sprintf("the fee router settled %d batches this database does not know (first %s)", n, chk.Lost[0].Hex()))
		}
		if n := len(chk.Over); n > 0 {
			why = append(why, fmt.Sprintf("%d consumers hold more credit here than in the vault (%s)", n, chk.Over[0]))
		}
		return hokusai.Errorf(hokusai.ECONFLICT, "The database %s is behind the chain: %s. Acknowledged writes were lost (a cut or removed -wal file, or an old backup); serving it would let consumers spend credit the chain already paid out. %s",
			pre.dbPath, strings.Join(why, "; "), rebuildFix(pre.dbPath))
	}

	states, err := store.MintStates(ctx)
	if err != nil {
		return err
	}
	// The router's settlements were compared above; only deposits and
	// mints are read here.
	h, err := chain.ReadMintHistory(ctx, s.client, mint, chk.Block)
	if err != nil {
		return err
	}
	deposits, err := l.VaultEvents(ctx, "deposit", chk.Block)
	if err != nil {
		return err
	}
	if deposits != h.Deposits {
		// Deposits and the vault cursor are written in one transaction, so
		// a difference means a damaged or foreign database.
		return damagedDB(pre.dbPath, fmt.Errorf("it holds %d credit deposits up to block %d, the vault emitted %d", deposits, chk.Block, h.Deposits))
	}
	inst := s.stores.Instance
	known, _, err := inst.Get(ctx, "mints_not_journaled")
	if err != nil {
		return err
	}
	onChain := map[string]bool{}
	var lost []string
	for _, k := range h.MintKeys {
		key := strings.ToLower(k.Hex())
		onChain[key] = true
		if states[key] == "" && !strings.Contains(known, key) {
			lost = append(lost, key)
		}
	}
	for k, st := range states {
		if st == contrib.MintConfirmed && !onChain[k] {
			s.log.Warn("start-up check: a mint confirmed in the journal has no DeltaOneVerified event up to the compared block", "key", k, "block", chk.Block)
		}
	}
	if len(lost) > 0 && !s.rebuilding {
		return hokusai.Errorf(hokusai.ECONFLICT, "The database %s is behind the chain: the DeltaOne verifier minted %d rewards its mint journal does not know (first key %s). Acknowledged writes were lost (a cut or removed -wal file, or an old backup). %s",
			pre.dbPath, len(lost), lost[0], rebuildFix(pre.dbPath))
	}
	if len(lost) > 0 {
		if err := inst.Set(ctx, "mints_not_journaled", strings.TrimPrefix(known+","+strings.Join(lost, ","), ",")); err != nil {
			return err
		}
	}
	s.checked(fmt.Sprintf("ledger: %d settlements match the chain (%d pending); %d credit deposits match; %d consumers within their vault balance at block %d",
		chk.Settled, chk.Pending, deposits, chk.Accounts, chk.Block))
	s.checked(fmt.Sprintf("mints: %d on-chain, every one in the mint journal or recorded as rebuilt", len(h.MintKeys)))

	if s.rebuilding {
		_, models, err := s.models.FindModels(ctx, hokusai.ModelFilter{Limit: 1})
		if err != nil {
			return err
		}
		s.checked(fmt.Sprintf("rebuilt from the chain: %d models, %d credit deposits, %d settlements (%s); %d minted contributions are on-chain only. "+
			"Lost with the old database: API keys, package versions and heads, setups, contributions and unsettled usage (consumers may spend it again)",
			models, h.Deposits, rebuiltBatches, usdcString(rebuiltTotal), len(lost)))
		if err := inst.Set(ctx, "rebuild", "done"); err != nil {
			return err
		}
	}
	return nil
}

// checkBlobs checks that every head version's package is in the blob
// store with its recorded size, and hashes them (up to verifyBlobBytes).
func (s *server) checkBlobs(ctx context.Context, pre *dataDirState) error {
	reg := s.stores.Registry
	var heads, hashed int
	var budget int64 = verifyBlobBytes
	var missing []string
	for offset := 0; ; {
		list, _, err := s.models.FindModels(ctx, hokusai.ModelFilter{Offset: offset, Limit: 100})
		if err != nil {
			return err
		}
		for _, m := range list {
			head, err := reg.FindHead(ctx, m.ID)
			if hokusai.ErrorCode(err) == hokusai.ENOTFOUND {
				continue
			} else if err != nil {
				return err
			}
			v, err := reg.FindVersion(ctx, m.ID, head.Version)
			if err != nil {
				return err
			}
			heads++
			what := fmt.Sprintf("model %d version %s (%s)", m.ID, v.Version, v.Digest)
			info, err := s.blobs.Stat(ctx, v.Digest)
			switch {
			case hokusai.ErrorCode(err) == hokusai.ENOTFOUND:
				missing = append(missing, what+" is missing")
				continue
			case err != nil:
				return err
			case info.Size != v.Size:
				missing = append(missing, fmt.Sprintf("%s is %d bytes, not %d", what, info.Size, v.Size))
				continue
			}
			if budget < v.Size {
				continue
			}
			budget -= v.Size
			if err := readBlob(ctx, s, v.Digest); err != nil {
				missing = append(missing, fmt.Sprintf("%s does not match its digest: %v", what, err))
				continue
			}
			hashed++
		}
		if len(list) < 100 {
			break
		}
		offset += len(list)
	}
	if len(missing) > 0 {
		gone := ""
		if s.cfg.blobs == "" && !pre.blobsExisted {
			gone = fmt.Sprintf(" (the directory %s was missing)", pre.blobsDir)
		}
		msg := fmt.Sprintf("The blob store %s%s lacks %d of %d head packages: %s.", s.blobsName, gone, len(missing), heads, strings.Join(missing[:min(len(missing), 3)], "; "))
		if !s.cfg.allowMissingBlobs {
			return hokusai.Errorf(hokusai.ECONFLICT, "%s Restore %s from a backup, or start with --allow-missing-blobs to serve the other models (calls to these fail until their owners register a new version).", msg, s.blobsName)
		}
		s.log.Warn("start-up check: " + msg + " Serving the other models (--allow-missing-blobs).")
	}
	s.checked(fmt.Sprintf("blobs: %d head packages present (%d hashed), %d missing", heads-len(missing), hashed, len(missing)))
	return nil
}

// readBlob reads a blob to its end: the store's reader fails there when
// the bytes do not hash to the digest.
func readBlob(ctx context.Context, s *server, digest string) error {
	r, err := s.blobs.Get(ctx, digest)
	if err != nil {
		return err
	}
	defer r.Close()
	_, err = io.Copy(io.Discard, r)
	return err
}
