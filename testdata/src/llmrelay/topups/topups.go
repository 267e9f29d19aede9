// Package topups credits Stripe top-ups through a background worker (a
// queued credit is a local write) but posts to a chat channel before it
// answers: reported at the post.
package topups

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"strings"

	"github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/webhook"

	"llmrelay/credits"
)

type job struct {
	org    string
	amount int64
}

// Worker applies credits off the request path.
type Worker struct {
	jobs   chan job
	ledger *credits.Ledger
}

func (w *Worker) submit(j job) {
	select {
	case w.jobs <- j:
	default:
	}
}

func (w *Worker) Run() {
	for j := range w.jobs {
		_ = w.ledger.Move(context.Background(), j.org, j.amount, "top-up")
	}
}

type Handler struct {
	secret  string
	worker  *Worker
	chatURL string
}

func Routes(mux *http.ServeMux, h *Handler) {
	mux.HandleFunc("/webhooks/stripe", h.Serve)
}

func (h *Handler) Serve(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	ev, err := webhook.ConstructEvent(body, r.Header.Get("Stripe-Signature"), h.secret)
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	if ev.Type == stripe.EventTypeCheckoutSessionCompleted {
		var s struct {
			Org    string `json:"client_reference_id"`
			Amount int64  `json:"amount_total"`
		}
		if json.Unmarshal(ev.Data.Raw, &s) == nil {
			h.worker.submit(job{org: s.Org, amount: s.Amount})
			resp, err := http.Post(h.chatURL, "application/json", strings.NewReader(`{"text":"new top-up"}`)) // want `webhook handler calls an external API`
			if err == nil {
				resp.Body.Close()
			}
		}
	}
	w.WriteHeader(http.StatusOK)
}
