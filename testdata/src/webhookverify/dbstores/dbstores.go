// Package dbstores: payment webhooks that store the paid state in mongo,
// bun or redis, with and without a signature check.
package dbstores

import (
	"encoding/json"
	"io"
	"net/http"
	"os"

	"github.com/redis/go-redis/v9"
	"github.com/stripe/stripe-go/v82/webhook"
	"github.com/uptrace/bun"
	"go.mongodb.org/mongo-driver/bson"
	"go.mongodb.org/mongo-driver/mongo"
)

type Order struct {
	ID     string
	Status string
}

type Hooks struct {
	db     *mongo.Database
	orders *mongo.Collection
	users  *mongo.Collection
	bun    *bun.DB
	rdb    *redis.Client
}

type event struct {
	Type    string `json:"type"`
	OrderID string `json:"order_id"`
	UserID  string `json:"user_id"`
	Status  string `json:"status"`
}

var secret = os.Getenv("STRIPE_WEBHOOK_SECRET")

func (h *Hooks) Routes(mux *http.ServeMux) {
	mux.HandleFunc("POST /webhooks/payments", h.unverifiedMongo)
	mux.HandleFunc("POST /webhooks/payments-bun", h.unverifiedBun)
	mux.HandleFunc("POST /webhooks/payments-redis", h.unverifiedRedis)
	mux.HandleFunc("POST /webhooks/stripe", h.verifiedMongo)
	mux.HandleFunc("POST /webhooks/presence", h.presence)
}

// unverifiedMongo: $set status paid with no signature check.
func (h *Hooks) unverifiedMongo(w http.ResponseWriter, r *http.Request) {
	var ev event
	if err := json.NewDecoder(r.Body).Decode(&ev); err != nil {
		http.Error(w, "bad json", http.StatusBadRequest)
		return
	}
	if ev.Type == "payment.succeeded" {
		h.orders.UpdateOne(r.Context(), bson.M{"_id": ev.OrderID}, bson.D{{Key: "$set", Value: bson.D{{Key: "status", Value: "paid"}}}}) // want `payment webhook /webhooks/payments acts on the payment \(paid state stored by mongo.Collection.UpdateOne\) without verifying the provider's signature`
	}
	w.WriteHeader(http.StatusOK)
}

// unverifiedBun: the write is in a helper whose name says nothing.
func (h *Hooks) unverifiedBun(w http.ResponseWriter, r *http.Request) {
	var ev event
	json.NewDecoder(r.Body).Decode(&ev)
	h.apply(r, ev) // want `payment webhook /webhooks/payments-bun acts on the payment \(dbstores.Hooks.apply \(paid state stored by bun.UpdateQuery.Exec\)\) without verifying`
	w.WriteHeader(http.StatusOK)
}

func (h *Hooks) apply(r *http.Request, ev event) error {
	_, err := h.bun.NewUpdate().Model(&Order{ID: ev.OrderID}).Set("status = ?", "paid").WherePK().Exec(r.Context())
	return err
}

// unverifiedRedis: the order hash set to paid.
func (h *Hooks) unverifiedRedis(w http.ResponseWriter, r *http.Request) {
	var ev event
	json.NewDecoder(r.Body).Decode(&ev)
	h.rdb.HSet(r.Context(), "order:"+ev.OrderID, "status", "paid") // want `payment webhook /webhooks/payments-redis acts on the payment \(paid state stored by redis.cmdable.HSet\) without verifying`
	w.WriteHeader(http.StatusOK)
}

// verifiedMongo checks the signature first: silent.
func (h *Hooks) verifiedMongo(w http.ResponseWriter, r *http.Request) {
	payload, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, "read", http.StatusBadRequest)
		return
	}
	ev, err := webhook.ConstructEvent(payload, r.Header.Get("Stripe-Signature"), secret)
	if err != nil {
		http.Error(w, "bad signature", http.StatusBadRequest)
		return
	}
	if ev.Type == "payment_intent.succeeded" {
		h.db.Collection("orders").UpdateOne(r.Context(), bson.M{"_id": ev.ID}, bson.M{"$set": bson.M{"status": "paid"}})
	}
	w.WriteHeader(http.StatusOK)
}

// presence: a user's online status from a chat service: silent.
func (h *Hooks) presence(w http.ResponseWriter, r *http.Request) {
	var ev event
	json.NewDecoder(r.Body).Decode(&ev)
	h.users.UpdateOne(r.Context(), bson.M{"_id": ev.UserID}, bson.M{"$set": bson.M{"status": ev.Status}})
	h.rdb.Set(r.Context(), "session:"+ev.UserID+":status", "active", 0)
	w.WriteHeader(http.StatusOK)
}
