// Package relay receives a PSP's signed notifications. The use cases
// behind its interfaces live in package books, which does not import
// this one; cmd/relayd binds them. The weak checks here are judged where
// the use case is bound, once it is seen to act on the payment.
package relay

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"
)

// Settler records what a notification says happened to an invoice.
type Settler interface {
	Settle(ctx context.Context, invoiceID string) error
}

type notice struct {
	Type      string `json:"type"`
	InvoiceID string `json:"invoice_id"`
}

func signed(key string, body []byte, sig string) bool {
	m := hmac.New(sha256.New, []byte(key))
	m.Write(body)
	return hmac.Equal([]byte(hex.EncodeToString(m.Sum(nil))), []byte(sig))
}

// Notices checks the signature only when a key is configured: fails open.
type Notices struct {
	key     string
	settler Settler
}

// NewNotices builds the handler; key comes from the environment.
func NewNotices(key string, s Settler) *Notices { return &Notices{key: key, settler: s} }

func (n *Notices) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, "read", http.StatusBadRequest)
		return
	}
	if n.key != "" {
		if !signed(n.key, body, r.Header.Get("X-Psp-Signature")) {
			http.Error(w, "signature", http.StatusUnauthorized)
			return
		}
	}
	var ev notice
	if err := json.Unmarshal(body, &ev); err != nil {
		http.Error(w, "payload", http.StatusBadRequest)
		return
	}
	if ev.Type == "invoice.paid" {
		if err := n.settler.Settle(r.Context(), ev.InvoiceID); err != nil {
			http.Error(w, "retry", http.StatusInternalServerError)
			return
		}
	}
	w.WriteHeader(http.StatusOK)
}

// Sandboxed skips the check when its sandbox flag is set (from the
// environment, in cmd/relayd).
type Sandboxed struct {
	key     string
	sandbox bool
	settler Settler
}

// NewSandboxed builds the handler.
func NewSandboxed(key string, sandbox bool, s Settler) *Sandboxed {
	return &Sandboxed{key: key, sandbox: sandbox, settler: s}
}

func (n *Sandboxed) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, "read", http.StatusBadRequest)
		return
	}
	if !n.sandbox {
		if !signed(n.key, body, r.Header.Get("X-Psp-Signature")) {
			http.Error(w, "signature", http.StatusUnauthorized)
			return
		}
	}
	var ev notice
	if err := json.Unmarshal(body, &ev); err != nil {
		http.Error(w, "payload", http.StatusBadRequest)
		return
	}
	if ev.Type == "invoice.paid" {
		if err := n.settler.Settle(r.Context(), ev.InvoiceID); err != nil {
			http.Error(w, "retry", http.StatusInternalServerError)
			return
		}
	}
	w.WriteHeader(http.StatusOK)
}

// Strict always checks the signature: silent whatever is bound.
type Strict struct {
	key     string
	settler Settler
}

// NewStrict builds the handler.
func NewStrict(key string, s Settler) *Strict { return &Strict{key: key, settler: s} }

func (n *Strict) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, "read", http.StatusBadRequest)
		return
	}
	if !signed(n.key, body, r.Header.Get("X-Psp-Signature")) {
		http.Error(w, "signature", http.StatusUnauthorized)
		return
	}
	var ev notice
	if err := json.Unmarshal(body, &ev); err != nil {
		http.Error(w, "payload", http.StatusBadRequest)
		return
	}
	if ev.Type == "invoice.paid" {
		if err := n.settler.Settle(r.Context(), ev.InvoiceID); err != nil {
			http.Error(w, "retry", http.StatusInternalServerError)
			return
		}
	}
	w.WriteHeader(http.StatusOK)
}
