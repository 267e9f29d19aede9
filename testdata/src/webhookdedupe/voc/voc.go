// Package voc: payment webhooks of a mobile app, a box office and a
// claims desk that repeat an effect on every delivery — a game currency
// added, a balance hash increased, event tickets issued, a payment row
// booked — and the look-alikes that repeat harmlessly: counters, earned
// experience, helpdesk tickets, an event log, an insert that skips
// duplicates.
package voc

import (
	"database/sql"
	"encoding/json"
	"net/http"

	"github.com/redis/go-redis/v9"
	"go.mongodb.org/mongo-driver/bson"
	"go.mongodb.org/mongo-driver/mongo"
)

type purchase struct {
	EventID  string `json:"event_id"`
	MemberID string `json:"member_id"`
	ShowID   string `json:"show_id"`
	Ref      string `json:"ref"`
	Cents    int64  `json:"cents"`
	Coins    int64  `json:"coins"`
}

type Hooks struct {
	members *mongo.Collection
	kv      *redis.Client
	db      *sql.DB
}

func (h *Hooks) Mount(mux *http.ServeMux) {
	mux.HandleFunc("POST /webhooks/payment/coins", h.coins)
	mux.HandleFunc("POST /webhooks/payment/coins-xp", h.coinsXP)
	mux.HandleFunc("POST /webhooks/payment/balance-hash", h.balanceHash)
	mux.HandleFunc("POST /webhooks/payment/hash-counters", h.hashCounters)
	mux.HandleFunc("POST /webhooks/payment/box-office", h.boxOffice)
	mux.HandleFunc("POST /webhooks/payment/helpdesk", h.helpdesk)
	mux.HandleFunc("POST /webhooks/payment/claims", h.claims)
	mux.HandleFunc("POST /webhooks/payment/claims-once", h.claimsOnce)
	mux.HandleFunc("POST /webhooks/payment/claims-log", h.claimsLog)
}

func decode(r *http.Request) (purchase, bool) {
	var p purchase
	return p, json.NewDecoder(r.Body).Decode(&p) == nil
}

// coins adds the coins bought to the member's document.
func (h *Hooks) coins(w http.ResponseWriter, r *http.Request) {
	p, ok := decode(r)
	if !ok {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	h.members.UpdateOne(r.Context(), bson.M{"_id": p.MemberID}, bson.M{"$inc": bson.M{"coins": p.Coins}}) // want `webhook handler credits the balance \(mongo.Collection.UpdateOne: coins \+= …\) on every delivery of the event`
	w.WriteHeader(http.StatusOK)
}

// coinsXP: earned experience and a login counter are not bought.
func (h *Hooks) coinsXP(w http.ResponseWriter, r *http.Request) {
	p, ok := decode(r)
	if !ok {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	h.members.UpdateOne(r.Context(), bson.M{"_id": p.MemberID}, bson.M{"$inc": bson.M{"xp": 100, "login_count": 1, "score": 5}})
	w.WriteHeader(http.StatusOK)
}

// balanceHash keeps the member's balance per currency in a hash.
func (h *Hooks) balanceHash(w http.ResponseWriter, r *http.Request) {
	p, ok := decode(r)
	if !ok {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	h.kv.HIncrBy(r.Context(), "balance:"+p.MemberID, "usd", p.Cents) // want `webhook handler credits the balance \(redis.cmdable.HIncrBy: usd \+= …\) on every delivery of the event`
	w.WriteHeader(http.StatusOK)
}

// hashCounters: counts in a wallet's hash, and game statistics.
func (h *Hooks) hashCounters(w http.ResponseWriter, r *http.Request) {
	p, ok := decode(r)
	if !ok {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	h.kv.HIncrBy(r.Context(), "wallet:"+p.MemberID, "topup_count", 1)
	h.kv.HIncrBy(r.Context(), "stats:"+p.MemberID, "kills", 1)
	w.WriteHeader(http.StatusOK)
}

// boxOffice issues the tickets of the paid show.
func (h *Hooks) boxOffice(w http.ResponseWriter, r *http.Request) {
	p, ok := decode(r)
	if !ok {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	h.db.ExecContext(r.Context(), "INSERT INTO tickets (show_id, holder, barcode) VALUES ($1, $2, md5(random()::text))", p.ShowID, p.MemberID) // want `webhook handler inserts a ledger or payment row \(paid state stored by sql.DB.ExecContext\) on every delivery of the event`
	w.WriteHeader(http.StatusOK)
}

// helpdesk opens a support ticket about the payment.
func (h *Hooks) helpdesk(w http.ResponseWriter, r *http.Request) {
	p, ok := decode(r)
	if !ok {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	h.db.ExecContext(r.Context(), "INSERT INTO tickets (subject, body, requester) VALUES ('payment received', $1, $2)", p.Ref, p.MemberID)
	w.WriteHeader(http.StatusOK)
}

// claims books the settled amount against the claim.
func (h *Hooks) claims(w http.ResponseWriter, r *http.Request) {
	p, ok := decode(r)
	if !ok {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	h.db.ExecContext(r.Context(), "INSERT INTO settlement_transactions (claim_ref, amount) VALUES ($1, $2)", p.Ref, p.Cents) // want `webhook handler inserts a ledger or payment row \(paid state stored by sql.DB.ExecContext\) on every delivery of the event`
	w.WriteHeader(http.StatusOK)
}

// claimsOnce: the provider's id keys the row; a second delivery inserts
// nothing.
func (h *Hooks) claimsOnce(w http.ResponseWriter, r *http.Request) {
	p, ok := decode(r)
	if !ok {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	h.db.ExecContext(r.Context(), "INSERT INTO settlement_transactions (event_id, claim_ref, amount) VALUES ($1, $2, $3) ON CONFLICT (event_id) DO NOTHING", p.EventID, p.Ref, p.Cents)
	w.WriteHeader(http.StatusOK)
}

// claimsLog keeps a log of the deliveries: a log, not money booked.
func (h *Hooks) claimsLog(w http.ResponseWriter, r *http.Request) {
	p, ok := decode(r)
	if !ok {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	h.db.ExecContext(r.Context(), "INSERT INTO payment_events (ref, amount) VALUES ($1, $2)", p.Ref, p.Cents)
	w.WriteHeader(http.StatusOK)
}
