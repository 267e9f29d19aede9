// Package claims: webhook handlers that claim an event before acting on
// it — a Redis key set only if absent, a unique event row inserted in the
// same transaction as the effect — and the look-alikes that claim nothing
// about the event (a fixed lock key, an unchecked answer, a guard in
// another transaction, a check of the event's own fields).
package claims

import (
	"context"
	"encoding/json"
	"net/http"
	"time"

	"github.com/redis/go-redis/v9"
	"gorm.io/gorm"
)

type delivery struct {
	ID     string `json:"id"`
	Type   string `json:"type"`
	Status string `json:"status"`
	Data   struct {
		OrderID string `json:"order_id"`
		UserID  string `json:"user_id"`
		Cents   int64  `json:"cents"`
	} `json:"data"`
}

type ReceivedEvent struct {
	ID string `gorm:"primaryKey"`
}

type CreditGrant struct {
	UserID string
	Cents  int64
}

// Fulfilment ships paid orders.
type Fulfilment struct{}

func (f *Fulfilment) ShipOrder(ctx context.Context, orderID string) error { return nil }

type API struct {
	cache *redis.Client
	db    *gorm.DB
	ship  *Fulfilment
}

func (a *API) Mount(mux *http.ServeMux) {
	mux.HandleFunc("POST /payments/events/setnx", a.claimedWithSetNX)
	mux.HandleFunc("POST /payments/events/hsetnx", a.claimedWithHSetNX)
	mux.HandleFunc("POST /payments/events/lock", a.fixedLockKey)
	mux.HandleFunc("POST /payments/events/errcheck", a.setNXErrorOnly)
	mux.HandleFunc("POST /payments/events/tx", a.uniqueRowInTx)
	mux.HandleFunc("POST /payments/events/tx-split", a.guardInOtherTx)
	mux.HandleFunc("POST /payments/events/tx-status", a.eventStatusInTx)
}

func decode(r *http.Request) (delivery, error) {
	var d delivery
	err := json.NewDecoder(r.Body).Decode(&d)
	return d, err
}

// claimedWithSetNX: a repeat finds the key and answers 200.
func (a *API) claimedWithSetNX(w http.ResponseWriter, r *http.Request) {
	d, err := decode(r)
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	won, err := a.cache.SetNX(r.Context(), "payments:delivery:"+d.ID, "1", 24*time.Hour).Result()
	if err != nil {
		w.WriteHeader(http.StatusServiceUnavailable)
		return
	}
	if !won {
		w.WriteHeader(http.StatusOK)
		return
	}
	_ = a.ship.ShipOrder(r.Context(), d.Data.OrderID)
	w.WriteHeader(http.StatusOK)
}

// claimedWithHSetNX: the event id is a field of one hash; Val() answers.
func (a *API) claimedWithHSetNX(w http.ResponseWriter, r *http.Request) {
	d, err := decode(r)
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	if a.cache.HSetNX(r.Context(), "payments:seen", d.ID, time.Now().Unix()).Val() {
		_ = a.ship.ShipOrder(r.Context(), d.Data.OrderID)
	}
	w.WriteHeader(http.StatusOK)
}

// fixedLockKey: SETNX on one key for every event serialises handlers; a
// later delivery of the same event takes the lock again and ships again.
func (a *API) fixedLockKey(w http.ResponseWriter, r *http.Request) {
	d, err := decode(r)
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	got, _ := a.cache.SetNX(r.Context(), "payments:worker-lock", d.ID, time.Minute).Result()
	if !got {
		w.WriteHeader(http.StatusConflict)
		return
	}
	_ = a.ship.ShipOrder(r.Context(), d.Data.OrderID) // want `webhook handler fulfils the order \(claims.Fulfilment.ShipOrder\) on every delivery of the event`
	w.WriteHeader(http.StatusOK)
}

// setNXErrorOnly: the claim is made but only its error is looked at.
func (a *API) setNXErrorOnly(w http.ResponseWriter, r *http.Request) {
	d, err := decode(r)
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	if err := a.cache.SetNX(r.Context(), "payments:delivery:"+d.ID, "1", time.Hour).Err(); err != nil {
		w.WriteHeader(http.StatusServiceUnavailable)
		return
	}
	_ = a.ship.ShipOrder(r.Context(), d.Data.OrderID) // want `webhook handler fulfils the order \(claims.Fulfilment.ShipOrder\) on every delivery of the event`
	w.WriteHeader(http.StatusOK)
}

// uniqueRowInTx: the event row (primary key = event id) is inserted in
// the same transaction; a repeat fails the insert and rolls back.
func (a *API) uniqueRowInTx(w http.ResponseWriter, r *http.Request) {
	d, err := decode(r)
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	_ = a.db.Transaction(func(tx *gorm.DB) error {
		if res := tx.Create(&ReceivedEvent{ID: d.ID}); res.Error != nil {
			return res.Error
		}
		return tx.Create(&CreditGrant{UserID: d.Data.UserID, Cents: d.Data.Cents}).Error
	})
	w.WriteHeader(http.StatusOK)
}

// guardInOtherTx: the event row's transaction guards nothing after it;
// the grant is inserted by a second transaction on every delivery.
func (a *API) guardInOtherTx(w http.ResponseWriter, r *http.Request) {
	d, err := decode(r)
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	_ = a.db.Transaction(func(tx *gorm.DB) error {
		if err := tx.Create(&ReceivedEvent{ID: d.ID}).Error; err != nil {
			return err
		}
		return nil
	})
	_ = a.db.Transaction(func(tx *gorm.DB) error {
		return tx.Create(&CreditGrant{UserID: d.Data.UserID, Cents: d.Data.Cents}).Error // want `webhook handler inserts a ledger or payment row`
	})
	w.WriteHeader(http.StatusOK)
}

// eventStatusInTx: the check inside the transaction reads the event's own
// status, the same on every delivery.
func (a *API) eventStatusInTx(w http.ResponseWriter, r *http.Request) {
	d, err := decode(r)
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	_ = a.db.Transaction(func(tx *gorm.DB) error {
		if d.Status != "paid" {
			return nil
		}
		return tx.Create(&CreditGrant{UserID: d.Data.UserID, Cents: d.Data.Cents}).Error // want `webhook handler inserts a ledger or payment row`
	})
	w.WriteHeader(http.StatusOK)
}
