// Package topup: chi Paystack webhooks crediting a member's top-up. The
// stored row and the points service's credit are done inside a gorm
// transaction, before the handler answers.
package topup

import (
	"crypto/hmac"
	"crypto/sha512"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"

	"github.com/go-chi/chi/v5"
	"gorm.io/gorm"

	"s23txslow/loyalty"
)

type TopUp struct {
	Reference string
	Member    string
	Points    int64
	Status    string
}

type OutboxRow struct {
	Kind    string
	Payload string
}

type event struct {
	Event string `json:"event"`
	Data  struct {
		Reference string `json:"reference"`
		Status    string `json:"status"`
	} `json:"data"`
}

type Hooks struct {
	db     *gorm.DB
	points *loyalty.Client
	secret string
}

func Routes(r *chi.Mux, h *Hooks) {
	r.Post("/webhooks/paystack/topup", h.topUp)
	r.Post("/webhooks/paystack/topup-helper", h.topUpViaHelper)
	r.Post("/webhooks/paystack/topup-outbox", h.topUpOutbox)
	r.Post("/webhooks/paystack/topup-later", h.topUpLater)
}

// verified reads the body and checks x-paystack-signature.
func (h *Hooks) verified(w http.ResponseWriter, r *http.Request) (*event, bool) {
	raw, err := io.ReadAll(r.Body)
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return nil, false
	}
	mac := hmac.New(sha512.New, []byte(h.secret))
	mac.Write(raw)
	if !hmac.Equal([]byte(hex.EncodeToString(mac.Sum(nil))), []byte(r.Header.Get("x-paystack-signature"))) {
		w.WriteHeader(http.StatusUnauthorized)
		return nil, false
	}
	var ev event
	if err := json.Unmarshal(raw, &ev); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return nil, false
	}
	return &ev, true
}

// credit marks the top-up paid and credits the points service in the
// same transaction.
func (h *Hooks) credit(ref string) error {
	return h.db.Transaction(func(tx *gorm.DB) error {
		var t TopUp
		if err := tx.Where("reference = ?", ref).First(&t).Error; err != nil {
			return err
		}
		if t.Status == "paid" {
			return nil
		}
		if err := tx.Model(&t).Update("status", "paid").Error; err != nil {
			return err
		}
		return h.points.AddPoints(t.Member, t.Points)
	})
}

// Mistake: the points service is called inside the transaction, before
// the 200.
func (h *Hooks) topUp(w http.ResponseWriter, r *http.Request) {
	ev, ok := h.verified(w, r)
	if !ok {
		return
	}
	if ev.Event == "charge.success" {
		_ = h.credit(ev.Data.Reference) // want `webhook handler calls topup.Hooks.credit, which runs through gorm.DB.Transaction a callback that calls loyalty.Client.AddPoints, which calls an external API \(http.Client.Do\) before answering`
	}
	w.WriteHeader(http.StatusOK)
}

// inTx runs fn in a transaction: the app's own runner.
func (h *Hooks) inTx(fn func(tx *gorm.DB) error) error {
	return h.db.Transaction(fn)
}

// Mistake: the same through the app's runner.
func (h *Hooks) topUpViaHelper(w http.ResponseWriter, r *http.Request) {
	ev, ok := h.verified(w, r)
	if !ok {
		return
	}
	if ev.Event != "charge.success" {
		w.WriteHeader(http.StatusOK)
		return
	}
	err := h.inTx(func(tx *gorm.DB) error { // want `webhook handler runs through topup.Hooks.inTx a callback that calls loyalty.Client.AddPoints, which calls an external API \(http.Client.Do\) before answering`
		var t TopUp
		if err := tx.Where("reference = ? AND status <> ?", ev.Data.Reference, "paid").First(&t).Error; err != nil {
			return err
		}
		if err := tx.Model(&t).Update("status", "paid").Error; err != nil {
			return err
		}
		return h.points.AddPoints(t.Member, t.Points)
	})
	if err != nil {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}

// Look-alike: the credit is written to an outbox in the transaction; a
// worker calls the points service later.
func (h *Hooks) topUpOutbox(w http.ResponseWriter, r *http.Request) {
	ev, ok := h.verified(w, r)
	if !ok {
		return
	}
	if ev.Event == "charge.success" {
		_ = h.db.Transaction(func(tx *gorm.DB) error {
			if err := tx.Model(&TopUp{}).Where("reference = ? AND status <> ?", ev.Data.Reference, "paid").Update("status", "paid").Error; err != nil {
				return err
			}
			return tx.Create(&OutboxRow{Kind: "points.credit", Payload: ev.Data.Reference}).Error
		})
	}
	w.WriteHeader(http.StatusOK)
}

// later runs fn after the handler is done, in a goroutine of its own.
func (h *Hooks) later(fn func()) {
	go fn()
}

// Look-alike: the credit handed to a goroutine-runner.
func (h *Hooks) topUpLater(w http.ResponseWriter, r *http.Request) {
	ev, ok := h.verified(w, r)
	if !ok {
		return
	}
	if ev.Event == "charge.success" {
		ref := ev.Data.Reference
		h.later(func() {
			_ = h.credit(ref)
		})
	}
	w.WriteHeader(http.StatusOK)
}
