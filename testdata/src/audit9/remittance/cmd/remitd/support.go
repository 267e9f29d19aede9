package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log"
	"math/big"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/jmoiron/sqlx"

	"audit9/remittance/domain"
	"audit9/remittance/funding"
	"audit9/remittance/onchain"
	"audit9/remittance/payouts"
	"audit9/remittance/tracking"
)

type postgresDialector struct{ dsn string }

func (postgresDialector) Name() string { return "postgres" }

// recipientDirectory reads Wise account ids saved when a recipient was added.
type recipientDirectory struct{ db *sqlx.DB }

func (d recipientDirectory) WiseAccount(ctx context.Context, recipientID string) (int64, error) {
	var id int64
	err := d.db.GetContext(ctx, &id, `SELECT wise_account_id FROM recipients WHERE id = $1`, recipientID)
	return id, err
}

// sidecarSigner asks the signing sidecar (backed by the KMS) to sign.
type sidecarSigner struct {
	url  string
	from common.Address
	hc   *http.Client
}

func newSidecarSigner(url, treasury string) *sidecarSigner {
	addr, err := onchain.ParseAddress(treasury)
	if err != nil {
		log.Fatal(err)
	}
	return &sidecarSigner{url: url, from: addr, hc: &http.Client{Timeout: 5 * time.Second}}
}

func (s *sidecarSigner) From() common.Address { return s.from }

func (s *sidecarSigner) SignUSDCTransfer(ctx context.Context, nonce uint64, to common.Address, amount *big.Int, tipGwei int64) (*types.Transaction, error) {
	body, _ := json.Marshal(map[string]any{
		"nonce": nonce, "to": fmt.Sprintf("0x%x", to[:]), "amount": amount.String(), "tip_gwei": tipGwei, "token": "USDC",
	})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, s.url+"/sign/erc20-transfer", bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	resp, err := s.hc.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("signer: %s", resp.Status)
	}
	tx := new(types.Transaction)
	return tx, json.NewDecoder(resp.Body).Decode(tx)
}

func wiseTransferID(transfers domain.TransferStore) func(ctx context.Context, id string) (int64, error) {
	return func(ctx context.Context, id string) (int64, error) {
		t, err := transfers.Get(ctx, id)
		if err != nil {
			return 0, err
		}
		if !strings.HasPrefix(t.PayoutRef, "wise:") {
			return 0, domain.ErrNotFound
		}
		return strconv.ParseInt(strings.TrimPrefix(t.PayoutRef, "wise:"), 10, 64)
	}
}

// runJobs consumes the payout outbox.
func runJobs(ctx context.Context, pool *pgxpool.Pool, d *payouts.Dispatcher) {
	for ctx.Err() == nil {
		var transferID string
		err := pool.QueryRow(ctx, `DELETE FROM payout_jobs WHERE transfer_id = (
			SELECT transfer_id FROM payout_jobs WHERE run_at <= now()
			ORDER BY run_at FOR UPDATE SKIP LOCKED LIMIT 1) RETURNING transfer_id`).Scan(&transferID)
		if err != nil {
			time.Sleep(500 * time.Millisecond)
			continue
		}
		if err := d.Dispatch(ctx, transferID); err != nil {
			log.Printf("payout job %s: %v", transferID, err)
		}
	}
}

func reconcile(ctx context.Context, r *tracking.Reconciler) {
	t := time.NewTicker(5 * time.Minute)
	defer t.Stop()
	for {
		if err := r.Sweep(ctx); err != nil {
			log.Printf("momo reconcile: %v", err)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// watchChain completes USDC payouts once their receipt is in.
func watchChain(ctx context.Context, transfers domain.TransferStore, sender *onchain.Sender) {
	for {
		sent, err := transfers.ListByStatus(ctx, domain.StatusPayoutSent, 100)
		if err != nil {
			log.Printf("chain watch: %v", err)
		}
		for _, t := range sent {
			if t.Rail != domain.RailUSDC {
				continue
			}
			wctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
			_, err := sender.WaitConfirmed(wctx, t.PayoutRef)
			cancel()
			switch {
			case err == nil:
				_ = transfers.MarkCompleted(ctx, t.ID)
			case errors.Is(err, domain.ErrPayoutFailed):
				_ = transfers.MarkFailed(ctx, t.ID, "usdc transfer reverted")
			}
		}
		select {
		case <-ctx.Done():
			return
		case <-time.After(time.Minute):
		}
	}
}

// runScheduled charges saved cards for scheduled monthly transfers.
func runScheduled(ctx context.Context, transfers domain.TransferStore, cards *funding.CardFunding) {
	for {
		due, err := transfers.ListByStatus(ctx, domain.StatusAwaitingFunds, 100)
		if err != nil {
			log.Printf("scheduled: %v", err)
		}
		for i := range due {
			t := &due[i]
			if t.Funding != domain.FundingCard {
				continue
			}
			paymentID, err := cards.ChargeSaved(ctx, t)
			if err != nil {
				log.Printf("scheduled charge %s: %v", t.ID, err)
				continue
			}
			if _, err := transfers.MarkFundedIfAwaiting(ctx, t.ID, paymentID); err != nil {
				log.Printf("mark funded %s: %v", t.ID, err)
			}
		}
		select {
		case <-ctx.Done():
			return
		case <-time.After(15 * time.Minute):
		}
	}
}
