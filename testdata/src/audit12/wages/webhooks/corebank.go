package webhooks

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"

	"audit12/wages/domain"
)

// EventClaims records provider event ids once.
type EventClaims interface {
	ClaimEvent(ctx context.Context, provider, eventID string) (bool, error)
}

// AdvanceMarker updates an advance's collection status.
type AdvanceMarker interface {
	MarkAdvance(ctx context.Context, id, status string) error
}

// WorkerDirectory finds a worker's contact details.
type WorkerDirectory interface {
	WorkerForAdvance(ctx context.Context, advanceID string) (*domain.Worker, error)
}

// CorebankHooks handles Corebank transfer and debit events. Routes are
// mounted by the server.
type CorebankHooks struct {
	withdrawals domain.WithdrawalStore
	advances    AdvanceMarker
	claims      EventClaims
	workers     WorkerDirectory
	sms         domain.Notifier
	log         *slog.Logger
}

// NewCorebankHooks builds the handlers.
func NewCorebankHooks(w domain.WithdrawalStore, a AdvanceMarker, c EventClaims, dir WorkerDirectory, sms domain.Notifier, log *slog.Logger) *CorebankHooks {
	return &CorebankHooks{withdrawals: w, advances: a, claims: c, workers: dir, sms: sms, log: log}
}

type corebankEvent struct {
	ID   string `json:"id"`
	Type string `json:"type"`
	Data struct {
		TransferID string `json:"transfer_id"`
		Reference  string `json:"reference"`
		Status     string `json:"status"`
		Reason     string `json:"return_reason"`
	} `json:"data"`
}

func decodeCorebank(r *http.Request) (*corebankEvent, error) {
	var evt corebankEvent
	if err := json.NewDecoder(io.LimitReader(r.Body, 1<<20)).Decode(&evt); err != nil {
		return nil, err
	}
	return &evt, nil
}

// TransferSettled handles transfer.settled and transfer.failed for bank
// withdrawals.
func (h *CorebankHooks) TransferSettled(w http.ResponseWriter, r *http.Request) {
	evt, err := decodeCorebank(r)
	if err != nil {
		http.Error(w, "bad event", http.StatusBadRequest)
		return
	}
	ctx := r.Context()
	switch evt.Type {
	case "transfer.settled":
		err = h.withdrawals.MarkSettled(ctx, evt.Data.Reference)
	case "transfer.failed", "transfer.returned":
		err = h.withdrawals.MarkFailed(ctx, evt.Data.Reference, evt.Data.Reason)
	}
	if err != nil {
		h.log.Error("corebank transfer event", "id", evt.ID, "err", err)
		http.Error(w, "retry", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// DebitReturned handles debit.returned: the worker's bank refused the
// payday repayment.
func (h *CorebankHooks) DebitReturned(w http.ResponseWriter, r *http.Request) {
	evt, err := decodeCorebank(r)
	if err != nil {
		http.Error(w, "bad event", http.StatusBadRequest)
		return
	}
	ctx := r.Context()
	fresh, err := h.claims.ClaimEvent(ctx, "corebank", evt.ID)
	if err != nil {
		http.Error(w, "retry", http.StatusInternalServerError)
		return
	}
	if !fresh {
		w.WriteHeader(http.StatusOK)
		return
	}
	advanceID := evt.Data.Reference
	if err := h.advances.MarkAdvance(ctx, advanceID, "returned"); err != nil {
		http.Error(w, "retry", http.StatusInternalServerError)
		return
	}
	if wk, err := h.workers.WorkerForAdvance(ctx, advanceID); err == nil {
		_ = h.sms.SendSMS(ctx, wk.Phone, "Your repayment could not be collected. We will try again on your next payday.") // audit: reported at cmd/server/routes.go:38 (webhookack, at the binding of jobs.SMS; handler/rc4_signedmount.go): the SMS (domain.Notifier.SendSMS, an outbound HTTP call through jobs.SMS wired in main) is sent before the handler answers 200 (Exirom "respond 200 first, process async")
	}
	w.WriteHeader(http.StatusOK)
}
