// Package mandates handles a direct-debit partner's mandate and
// collection events. The routes are mounted by the app.
package mandates

import (
	"context"
	"encoding/json"
	"net/http"
)

// Seen records partner event ids once.
type Seen interface {
	First(ctx context.Context, eventID string) (bool, error)
}

// Mandates stores a mandate's state.
type Mandates interface {
	SetState(ctx context.Context, mandateID, state string) error
	Payer(ctx context.Context, mandateID string) (string, error)
}

// Texter sends a message to a payer's phone.
type Texter interface {
	Text(ctx context.Context, phone, body string) error
}

// Hooks serves the partner's events.
type Hooks struct {
	seen     Seen
	mandates Mandates
	texts    Texter
}

func New(s Seen, m Mandates, t Texter) *Hooks { return &Hooks{seen: s, mandates: m, texts: t} }

type event struct {
	ID      string `json:"id"`
	Kind    string `json:"kind"`
	Mandate string `json:"mandate"`
}

// Cancelled stores the cancelled mandate, then texts the payer before
// answering.
func (h *Hooks) Cancelled(w http.ResponseWriter, r *http.Request) {
	var ev event
	if err := json.NewDecoder(r.Body).Decode(&ev); err != nil {
		http.Error(w, "bad event", http.StatusBadRequest)
		return
	}
	ctx := r.Context()
	first, err := h.seen.First(ctx, ev.ID)
	if err != nil {
		http.Error(w, "retry", http.StatusInternalServerError)
		return
	}
	if !first {
		w.WriteHeader(http.StatusOK)
		return
	}
	if err := h.mandates.SetState(ctx, ev.Mandate, "cancelled"); err != nil {
		http.Error(w, "retry", http.StatusInternalServerError)
		return
	}
	if phone, err := h.mandates.Payer(ctx, ev.Mandate); err == nil {
		_ = h.texts.Text(ctx, phone, "Your direct debit mandate was cancelled.")
	}
	w.WriteHeader(http.StatusOK)
}

// Expired answers first (flushed, so the partner has it), then texts
// the payer.
func (h *Hooks) Expired(w http.ResponseWriter, r *http.Request) {
	var ev event
	if err := json.NewDecoder(r.Body).Decode(&ev); err != nil {
		http.Error(w, "bad event", http.StatusBadRequest)
		return
	}
	ctx := r.Context()
	if err := h.mandates.SetState(ctx, ev.Mandate, "expired"); err != nil {
		http.Error(w, "retry", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
	_ = http.NewResponseController(w).Flush()
	if phone, err := h.mandates.Payer(ctx, ev.Mandate); err == nil {
		_ = h.texts.Text(ctx, phone, "Your direct debit mandate expired.")
	}
}

// Suspended texts the payer from a goroutine on a detached context.
func (h *Hooks) Suspended(w http.ResponseWriter, r *http.Request) {
	var ev event
	if err := json.NewDecoder(r.Body).Decode(&ev); err != nil {
		http.Error(w, "bad event", http.StatusBadRequest)
		return
	}
	ctx := r.Context()
	if err := h.mandates.SetState(ctx, ev.Mandate, "suspended"); err != nil {
		http.Error(w, "retry", http.StatusInternalServerError)
		return
	}
	bg := context.WithoutCancel(ctx)
	go func() {
		if phone, err := h.mandates.Payer(bg, ev.Mandate); err == nil {
			_ = h.texts.Text(bg, phone, "Your direct debit mandate is suspended.")
		}
	}()
	w.WriteHeader(http.StatusOK)
}
