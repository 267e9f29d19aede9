// Package ewallet receives an e-wallet aggregator's IPN in net/http: the
// merchant's wallet balance is overwritten with the posted one.
package ewallet

import (
	"encoding/json"
	"net/http"

	"y17gateway/books"
	"y17gateway/relay"
)

type ipn struct {
	Owner   string `json:"owner"`
	Balance int64  `json:"balance"`
}

// Receiver handles the IPN.
type Receiver struct {
	Store *books.Store
	Pager *relay.Pager
}

// BalanceIPN pages the chat after crediting, before the answer.
func (rc *Receiver) BalanceIPN(w http.ResponseWriter, r *http.Request) {
	var in ipn
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	if err := rc.Store.SetBalance(in.Owner, in.Balance); err != nil {
		http.Error(w, "retry", http.StatusInternalServerError)
		return
	}
	_ = rc.Pager.Page("wallet of " + in.Owner + " credited") // want `webhook handler calls relay\.Pager\.Page, which calls an external API \(http\.Client\.Post\) before answering`
	w.WriteHeader(http.StatusOK)
}

// FlushedIPN answers and flushes first, then pages. Silent.
func (rc *Receiver) FlushedIPN(w http.ResponseWriter, r *http.Request) {
	var in ipn
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	if err := rc.Store.SetBalance(in.Owner, in.Balance); err != nil {
		http.Error(w, "retry", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
	_ = http.NewResponseController(w).Flush()
	_ = rc.Pager.Page("wallet of " + in.Owner + " credited")
}
