// Package refunds receives a PSP's refund notices (net/http) and hands
// the raw body to a checker named as a verifier, then mails the customer
// before answering: a webhook by what its checker is handed, whose 2xx
// waits on the mail server.
package refunds

import (
	"io"
	"net/http"
	"net/smtp"
)

// Verifier checks a notice's signature over the body; main wires it.
type Verifier interface {
	VerifyBody(body []byte) (bool, error)
}

// Refunds receives the notices.
type Refunds struct {
	verifier Verifier
	relay    string
}

// Routes mounts the notices.
func (rf *Refunds) Routes(mux *http.ServeMux) {
	mux.HandleFunc("POST /psp/refund-notices", rf.Refunded)
}

// Refunded checks the notice, then mails the customer before answering.
func (rf *Refunds) Refunded(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	if ok, err := rf.verifier.VerifyBody(body); err != nil || !ok {
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	_ = smtp.SendMail(rf.relay, nil, "billing@example.com", []string{r.URL.Query().Get("email")}, []byte("Your refund is on its way")) // want `webhook handler sends a message \(smtp\.SendMail\) before answering`
	w.WriteHeader(http.StatusOK)
}
