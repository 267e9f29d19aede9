// Package bankhooks receives Northbank's transfer and debit events; the
// routes are mounted by the applications.
package bankhooks

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"io"
	"net/http"
)

// TransferStore moves the state of wage transfers.
type TransferStore interface {
	MarkSettled(ctx context.Context, id string) error
	MarkFailed(ctx context.Context, id string) error
}

// DebitStore moves the state of repayment debits.
type DebitStore interface {
	MarkReturned(ctx context.Context, id string) error
}

// DebitReader reads repayment debits.
type DebitReader interface {
	Amount(ctx context.Context, id string) (int64, error)
}

// NorthbankWebhooks handles Northbank's events.
type NorthbankWebhooks struct {
	Transfers TransferStore
	Debits    DebitStore
	Reader    DebitReader
	Secret    []byte
}

// New builds the handlers.
func New(t TransferStore, d DebitStore, rd DebitReader, secret []byte) *NorthbankWebhooks {
	return &NorthbankWebhooks{Transfers: t, Debits: d, Reader: rd, Secret: secret}
}

type bankEvent struct {
	ID   string `json:"id"`
	Type string `json:"type"`
	Data struct {
		Reference string `json:"reference"`
		Status    string `json:"status"`
	} `json:"data"`
}

func decodeBankEvent(r *http.Request) (*bankEvent, error) {
	var evt bankEvent
	if err := json.NewDecoder(io.LimitReader(r.Body, 1<<20)).Decode(&evt); err != nil {
		return nil, err
	}
	return &evt, nil
}

// TransferSettled handles transfer.settled and transfer.failed.
func (h *NorthbankWebhooks) TransferSettled(w http.ResponseWriter, r *http.Request) {
	evt, err := decodeBankEvent(r)
	if err != nil {
		http.Error(w, "bad event", http.StatusBadRequest)
		return
	}
	switch evt.Type {
	case "transfer.settled":
		err = h.Transfers.MarkSettled(r.Context(), evt.Data.Reference)
	case "transfer.failed":
		err = h.Transfers.MarkFailed(r.Context(), evt.Data.Reference)
	}
	if err != nil {
		http.Error(w, "retry", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// DebitReturned handles debit.returned.
func (h *NorthbankWebhooks) DebitReturned(w http.ResponseWriter, r *http.Request) {
	evt, err := decodeBankEvent(r)
	if err != nil {
		http.Error(w, "bad event", http.StatusBadRequest)
		return
	}
	if err := h.Debits.MarkReturned(r.Context(), evt.Data.Reference); err != nil {
		http.Error(w, "retry", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}

// DebitQuote answers the amount of the debit an event names, storing
// nothing.
func (h *NorthbankWebhooks) DebitQuote(w http.ResponseWriter, r *http.Request) {
	evt, err := decodeBankEvent(r)
	if err != nil {
		http.Error(w, "bad event", http.StatusBadRequest)
		return
	}
	n, err := h.Reader.Amount(r.Context(), evt.Data.Reference)
	if err != nil {
		http.Error(w, "retry", http.StatusInternalServerError)
		return
	}
	_ = json.NewEncoder(w).Encode(map[string]int64{"amount_minor": n})
}

// TransferChecked handles the same events as TransferSettled, checking
// the signature itself first.
func (h *NorthbankWebhooks) TransferChecked(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(io.LimitReader(r.Body, 1<<20))
	if err != nil {
		http.Error(w, "read", http.StatusBadRequest)
		return
	}
	mac := hmac.New(sha256.New, h.Secret)
	mac.Write(body)
	sig, _ := hex.DecodeString(r.Header.Get("X-Northbank-Signature"))
	if !hmac.Equal(mac.Sum(nil), sig) {
		http.Error(w, "forbidden", http.StatusUnauthorized)
		return
	}
	var evt bankEvent
	if err := json.Unmarshal(body, &evt); err != nil {
		http.Error(w, "bad event", http.StatusBadRequest)
		return
	}
	if err := h.Transfers.MarkSettled(r.Context(), evt.Data.Reference); err != nil {
		http.Error(w, "retry", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// Health answers the bank's reachability probe.
func (h *NorthbankWebhooks) Health(w http.ResponseWriter, _ *http.Request) {
	w.WriteHeader(http.StatusOK)
}

// verifiedEvent reads the body, checks its HMAC and decodes the event.
func (h *NorthbankWebhooks) verifiedEvent(r *http.Request) (*bankEvent, error) {
	body, err := io.ReadAll(io.LimitReader(r.Body, 1<<20))
	if err != nil {
		return nil, err
	}
	mac := hmac.New(sha256.New, h.Secret)
	mac.Write(body)
	sig, _ := hex.DecodeString(r.Header.Get("X-Northbank-Signature"))
	if !hmac.Equal(mac.Sum(nil), sig) {
		return nil, errBadSignature
	}
	var evt bankEvent
	if err := json.Unmarshal(body, &evt); err != nil {
		return nil, err
	}
	return &evt, nil
}

var errBadSignature = errors.New("bad signature")

// TransferFailed handles transfer.failed through the verifying helper.
func (h *NorthbankWebhooks) TransferFailed(w http.ResponseWriter, r *http.Request) {
	evt, err := h.verifiedEvent(r)
	if err != nil {
		http.Error(w, "forbidden", http.StatusUnauthorized)
		return
	}
	if err := h.Transfers.MarkFailed(r.Context(), evt.Data.Reference); err != nil {
		http.Error(w, "retry", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
