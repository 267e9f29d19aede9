// Package yoonotify takes YooKassa-style HTTP notifications on a plain
// net/http mux. YooKassa does not sign them: the documented check is to
// fetch the payment by id and act on what the API says.
package yoonotify

import (
	"context"
	"database/sql"
	"encoding/json"
	"net/http"
)

type App struct {
	db     *sql.DB
	hc     *http.Client
	shopID string
	key    string
}

func (a *App) Routes(mux *http.ServeMux) {
	mux.HandleFunc("POST /yookassa/notify", a.notify)
	mux.HandleFunc("POST /yookassa/notify-fast", a.notifyFast)
}

type notification struct {
	Type   string `json:"type"`
	Event  string `json:"event"`
	Object struct {
		ID       string            `json:"id"`
		Status   string            `json:"status"`
		Metadata map[string]string `json:"metadata"`
	} `json:"object"`
}

type payment struct {
	ID       string            `json:"id"`
	Status   string            `json:"status"`
	Paid     bool              `json:"paid"`
	Metadata map[string]string `json:"metadata"`
}

func (a *App) fetchPayment(ctx context.Context, id string) (*payment, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "https://api.yookassa.ru/v3/payments/"+id, nil)
	if err != nil {
		return nil, err
	}
	req.SetBasicAuth(a.shopID, a.key)
	resp, err := a.hc.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var p payment
	return &p, json.NewDecoder(resp.Body).Decode(&p)
}

// notify re-reads the payment and acts on the fetched state: silent.
func (a *App) notify(w http.ResponseWriter, r *http.Request) {
	var n notification
	if err := json.NewDecoder(r.Body).Decode(&n); err != nil {
		http.Error(w, "bad json", http.StatusBadRequest)
		return
	}
	p, err := a.fetchPayment(r.Context(), n.Object.ID)
	if err != nil {
		http.Error(w, "retry later", http.StatusServiceUnavailable)
		return
	}
	if p.Status == "succeeded" && p.Paid {
		a.db.ExecContext(r.Context(), `UPDATE orders SET status = 'paid' WHERE id = $1`, p.Metadata["order_id"])
	}
	w.WriteHeader(http.StatusOK)
}

// notifyFast trusts the notification body as it came.
func (a *App) notifyFast(w http.ResponseWriter, r *http.Request) {
	var n notification
	if err := json.NewDecoder(r.Body).Decode(&n); err != nil {
		http.Error(w, "bad json", http.StatusBadRequest)
		return
	}
	if n.Event == "payment.succeeded" {
		// audit: found webhookverify: unsigned notification acted on without re-reading the payment
		a.db.ExecContext(r.Context(), `UPDATE orders SET status = 'paid' WHERE id = $1`, n.Object.Metadata["order_id"]) // want `\[webhookverify\]\ payment\ webhook\ /yookassa/notify\-fast\ acts\ on\ the\ payment\ \(paid\ state\ `
	}
	w.WriteHeader(http.StatusOK)
}
