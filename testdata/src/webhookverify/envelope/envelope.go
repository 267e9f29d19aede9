// Package envelope: notify endpoints whose route and name say nothing,
// known as payment webhooks by the envelope of what they decode — WeChat
// Pay's {out_trade_no, trade_state}, YooKassa's {event, object{id,
// status}}, a Stripe-like {type, data{object{id, status}}}, an event type
// compared with "charge.succeeded" — and look-alikes of other senders (a
// repository event, a chat bot's update, a mail provider's event) that
// stay silent.
package envelope

import (
	"encoding/json"
	"io"
	"net/http"
)

//paylint:fulfillment
func markPaid(orderID string) {}

func Mount(mux *http.ServeMux) {
	mux.HandleFunc("POST /api/wx/result", wxResult)
	mux.HandleFunc("POST /api/yk/in", ykIn)
	mux.HandleFunc("POST /api/v2/sync", stripeLike)
	mux.HandleFunc("POST /api/psp/in", typed)
	mux.HandleFunc("POST /api/repo/in", repoEvent)
	mux.HandleFunc("POST /api/bot/in", botUpdate)
	mux.HandleFunc("POST /api/mail/in", mailEvent)
	mux.HandleFunc("POST /api/ci/in", ciEvent)
	mux.HandleFunc("POST /api/objects/update", apiUpdate)
}

// wxTransaction is WeChat Pay v3's transaction, decrypted.
type wxTransaction struct {
	OutTradeNo     string `json:"out_trade_no"`
	TransactionID  string `json:"transaction_id"`
	TradeState     string `json:"trade_state"`
	TradeStateDesc string `json:"trade_state_desc"`
}

// ykNotification is YooKassa's: nothing about the payment at the top.
type ykNotification struct {
	Type   string `json:"type"`
	Event  string `json:"event"`
	Object struct {
		ID       string            `json:"id"`
		Status   string            `json:"status"`
		Metadata map[string]string `json:"metadata"`
	} `json:"object"`
}

// pspEvent nests the resource two levels down.
type pspEvent struct {
	Type string `json:"type"`
	Data struct {
		Object struct {
			ID     string `json:"id"`
			Status string `json:"status"`
		} `json:"object"`
	} `json:"data"`
}

// envelope carries only a type and an opaque reference.
type envelope struct {
	Kind string `json:"type"`
	Ref  string `json:"ref"`
}

// --- reported ---

func wxResult(w http.ResponseWriter, r *http.Request) {
	raw, _ := io.ReadAll(r.Body)
	var t wxTransaction
	if err := json.Unmarshal(raw, &t); err != nil {
		http.Error(w, "bad", http.StatusBadRequest)
		return
	}
	if t.TradeState == "SUCCESS" {
		markPaid(t.OutTradeNo) // want `payment webhook /api/wx/result acts on the payment \(.*\) without verifying the provider's signature`
	}
	w.WriteHeader(http.StatusOK)
}

func ykIn(w http.ResponseWriter, r *http.Request) {
	var n ykNotification
	if err := json.NewDecoder(r.Body).Decode(&n); err != nil {
		http.Error(w, "bad", http.StatusBadRequest)
		return
	}
	if n.Event == "payment.succeeded" {
		markPaid(n.Object.Metadata["order_id"]) // want `payment webhook /api/yk/in acts on the payment \(.*\) without verifying the provider's signature`
	}
	w.WriteHeader(http.StatusOK)
}

func stripeLike(w http.ResponseWriter, r *http.Request) {
	raw, _ := io.ReadAll(r.Body)
	var ev pspEvent
	json.Unmarshal(raw, &ev)
	markPaid(ev.Data.Object.ID) // want `payment webhook /api/v2/sync acts on the payment \(.*\) without verifying the provider's signature`
	w.WriteHeader(http.StatusOK)
}

func typed(w http.ResponseWriter, r *http.Request) {
	raw, _ := io.ReadAll(r.Body)
	var e envelope
	json.Unmarshal(raw, &e)
	switch e.Kind {
	case "charge.succeeded":
		markPaid(e.Ref) // want `payment webhook /api/psp/in acts on the payment \(.*\) without verifying the provider's signature`
	}
	w.WriteHeader(http.StatusOK)
}

// --- silent: other senders ---

// A repository event: {action, repository{id, ...}}.
type pushEvent struct {
	Action     string `json:"action"`
	Repository struct {
		ID       int64  `json:"id"`
		FullName string `json:"full_name"`
		Status   string `json:"status"`
	} `json:"repository"`
}

func repoEvent(w http.ResponseWriter, r *http.Request) {
	raw, _ := io.ReadAll(r.Body)
	var e pushEvent
	json.Unmarshal(raw, &e)
	if e.Action == "completed" {
		markPaid(e.Repository.FullName)
	}
	w.WriteHeader(http.StatusOK)
}

// A chat bot's update: staff mark an order paid by a message.
type botUpdateEvent struct {
	UpdateID int64 `json:"update_id"`
	Message  struct {
		MessageID int64  `json:"message_id"`
		Text      string `json:"text"`
	} `json:"message"`
}

func botUpdate(w http.ResponseWriter, r *http.Request) {
	raw, _ := io.ReadAll(r.Body)
	var u botUpdateEvent
	json.Unmarshal(raw, &u)
	markPaid(u.Message.Text)
	w.WriteHeader(http.StatusOK)
}

// A mail provider's delivery event.
type mailEventBody struct {
	Event     string `json:"event"`
	MessageID string `json:"sg_message_id"`
	Data      struct {
		ID    string `json:"id"`
		Email string `json:"email"`
	} `json:"data"`
}

func mailEvent(w http.ResponseWriter, r *http.Request) {
	raw, _ := io.ReadAll(r.Body)
	var e mailEventBody
	json.Unmarshal(raw, &e)
	if e.Event == "delivered" {
		markPaid(e.MessageID)
	}
	w.WriteHeader(http.StatusOK)
}

// A CI event whose type ends like a success but names no payment and is
// dotted only by the build's words.
type ciNotification struct {
	Type  string `json:"type"`
	Build struct {
		ID    string `json:"id"`
		State string `json:"state"`
	} `json:"build"`
}

func ciEvent(w http.ResponseWriter, r *http.Request) {
	raw, _ := io.ReadAll(r.Body)
	var e ciNotification
	json.Unmarshal(raw, &e)
	if e.Type == "build.finished" {
		markPaid(e.Build.ID)
	}
	w.WriteHeader(http.StatusOK)
}

// A JSON API request (not an event type, not the raw body) that happens
// to carry an object with an id and a status.
type objectUpdate struct {
	Object struct {
		ID     string `json:"id"`
		Status string `json:"status"`
	} `json:"object"`
}

func apiUpdate(w http.ResponseWriter, r *http.Request) {
	var u objectUpdate
	json.NewDecoder(r.Body).Decode(&u)
	markPaid(u.Object.ID)
	w.WriteHeader(http.StatusOK)
}
