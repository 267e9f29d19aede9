// Package increments: payment webhooks that add to a stored balance in a
// document store, a key-value store or through ent — twice when the event
// is delivered twice — and the look-alikes: counters of other things,
// balances set to a value, decrements-free refunds of attempts.
package increments

import (
	"context"
	"encoding/json"
	"net/http"

	"github.com/redis/go-redis/v9"
	"go.mongodb.org/mongo-driver/bson"
	"go.mongodb.org/mongo-driver/mongo"

	"webhookdedupe/increments/ent"
)

type topUp struct {
	EventID   string `json:"event_id"`
	AccountID int    `json:"account_id"`
	UserID    string `json:"user_id"`
	Cents     int64  `json:"cents"`
}

type Hooks struct {
	db       *mongo.Database
	users    *mongo.Collection
	kv       *redis.Client
	accounts *ent.Client
}

func (h *Hooks) Mount(mux *http.ServeMux) {
	mux.HandleFunc("POST /webhooks/payment/topup-doc", h.docIncrement)
	mux.HandleFunc("POST /webhooks/payment/topup-doc-set", h.docSetBalance)
	mux.HandleFunc("POST /webhooks/payment/topup-doc-counter", h.docCountsDeliveries)
	mux.HandleFunc("POST /webhooks/payment/topup-kv", h.kvIncrement)
	mux.HandleFunc("POST /webhooks/payment/topup-kv-hash", h.kvHashIncrement)
	mux.HandleFunc("POST /webhooks/payment/topup-kv-stats", h.kvStats)
	mux.HandleFunc("POST /webhooks/payment/topup-ent", h.entAdd)
	mux.HandleFunc("POST /webhooks/payment/topup-ent-set", h.entSet)
	mux.HandleFunc("POST /webhooks/payment/topup-doc-once", h.docIncrementOnce)
	mux.HandleFunc("POST /webhooks/payment/topup-doc-logged", h.docIncrementLogged)
}

func read(r *http.Request) (topUp, bool) {
	var t topUp
	return t, json.NewDecoder(r.Body).Decode(&t) == nil
}

// docIncrement adds the amount with $inc (update document in a local).
func (h *Hooks) docIncrement(w http.ResponseWriter, r *http.Request) {
	t, ok := read(r)
	if !ok {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	change := bson.M{"$inc": bson.M{"wallet.balance": t.Cents}, "$set": bson.M{"last_event": t.EventID}}
	if _, err := h.users.UpdateByID(r.Context(), t.UserID, change); err != nil { // want `webhook handler credits the balance \(mongo.Collection.UpdateByID: wallet_balance \+= …\) on every delivery of the event`
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}

// docSetBalance writes the balance the provider reports: the same value
// on every delivery.
func (h *Hooks) docSetBalance(w http.ResponseWriter, r *http.Request) {
	t, ok := read(r)
	if !ok {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	_, _ = h.users.UpdateOne(r.Context(), bson.M{"_id": t.UserID}, bson.M{"$set": bson.M{"balance": t.Cents}})
	w.WriteHeader(http.StatusOK)
}

// docCountsDeliveries counts deliveries: a counter, not money.
func (h *Hooks) docCountsDeliveries(w http.ResponseWriter, r *http.Request) {
	t, ok := read(r)
	if !ok {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	_, _ = h.users.UpdateOne(r.Context(), bson.M{"_id": t.UserID}, bson.M{"$inc": bson.M{"webhook_attempts": 1}})
	w.WriteHeader(http.StatusOK)
}

// kvIncrement keeps the balance under a per-user key.
func (h *Hooks) kvIncrement(w http.ResponseWriter, r *http.Request) {
	t, ok := read(r)
	if !ok {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	if err := h.kv.IncrBy(r.Context(), "user:"+t.UserID+":balance", t.Cents).Err(); err != nil { // want `webhook handler credits the balance .*balance \+= …\) on every delivery of the event`
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}

// kvHashIncrement keeps credits as a field of the user's hash.
func (h *Hooks) kvHashIncrement(w http.ResponseWriter, r *http.Request) {
	t, ok := read(r)
	if !ok {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	h.kv.HIncrByFloat(r.Context(), "user:"+t.UserID, "credits", float64(t.Cents)/100) // want `webhook handler credits the balance .*credits \+= …\) on every delivery of the event`
	w.WriteHeader(http.StatusOK)
}

// kvStats counts webhook deliveries per type: statistics, not money.
func (h *Hooks) kvStats(w http.ResponseWriter, r *http.Request) {
	t, ok := read(r)
	if !ok {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	h.kv.HIncrBy(r.Context(), "stats:deliveries", t.UserID, 1)
	h.kv.IncrBy(r.Context(), "stats:topups:count", 1)
	w.WriteHeader(http.StatusOK)
}

// entAdd credits through ent's generated Add<Field> setter.
func (h *Hooks) entAdd(w http.ResponseWriter, r *http.Request) {
	t, ok := read(r)
	if !ok {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	upd := h.accounts.Account.UpdateOneID(t.AccountID).AddBalance(t.Cents)
	if err := upd.Exec(r.Context()); err != nil { // want `webhook handler credits the balance \(ent.AccountUpdateOne.Exec: balance \+= …\) on every delivery of the event`
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}

// entSet sets the balance and counts a login: repeating it changes nothing
// that matters.
func (h *Hooks) entSet(w http.ResponseWriter, r *http.Request) {
	t, ok := read(r)
	if !ok {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	_, _ = h.accounts.Account.UpdateOneID(t.AccountID).SetBalance(t.Cents).AddLoginCount(1).Save(context.Background())
	w.WriteHeader(http.StatusOK)
}

// docIncrementOnce inserts the event id as the key of a processed-webhooks
// document first; a repeat fails the insert and stops.
func (h *Hooks) docIncrementOnce(w http.ResponseWriter, r *http.Request) {
	t, ok := read(r)
	if !ok {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	processed := h.db.Collection("processed_webhooks")
	if _, err := processed.InsertOne(r.Context(), bson.M{"_id": t.EventID}); err != nil {
		w.WriteHeader(http.StatusOK)
		return
	}
	_, _ = h.users.UpdateOne(r.Context(), bson.M{"_id": t.UserID}, bson.M{"$inc": bson.M{"balance": t.Cents}})
	w.WriteHeader(http.StatusOK)
}

// docIncrementLogged logs the request to an audit collection first: its
// failure is checked, but a repeat inserts a new log document and goes on.
func (h *Hooks) docIncrementLogged(w http.ResponseWriter, r *http.Request) {
	t, ok := read(r)
	if !ok {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	if _, err := h.db.Collection("audit_log").InsertOne(r.Context(), bson.M{"user": t.UserID, "cents": t.Cents}); err != nil {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	_, _ = h.users.UpdateOne(r.Context(), bson.M{"_id": t.UserID}, bson.M{"$inc": bson.M{"balance": t.Cents}}) // want `webhook handler credits the balance \(mongo.Collection.UpdateOne: balance \+= …\) on every delivery of the event`
	w.WriteHeader(http.StatusOK)
}
