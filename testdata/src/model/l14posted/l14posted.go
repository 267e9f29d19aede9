// Package l14posted: a provider's notification on net/http whose posted
// status is stored through a GORM store helper taking the whole row. The
// call is a paid-state write when the value given to the row's status
// field comes from the request body's status and may be paid; a status
// read back from the provider, a body read from a response, a value never
// compared with a paid one and a subscription's note are not.
package l14posted

import (
	"encoding/json"
	"io"
	"net/http"
	"strings"

	"gorm.io/gorm"
)

type Subscription struct {
	ID    string
	State string
	Note  string
}

type Repo struct{ db *gorm.DB }

// Apply stores s.State as subscriptions.status.
func (r *Repo) Apply(s *Subscription) error {
	return r.db.Model(&Subscription{}).Where("id = ?", s.ID).Update("status", s.State).Error
}

// Annotate stores a note only.
func (r *Repo) Annotate(s *Subscription) error {
	return r.db.Model(&Subscription{}).Where("id = ?", s.ID).Update("note", s.Note).Error
}

type notice struct {
	SubscriptionID string `json:"subscription_id"`
	Status         string `json:"status"`
}

var states = map[string]string{"ACTIVE": "active", "CANCELLED": "canceled"}

// Notify: the posted status, looked up in a table, becomes the
// subscription's state, and is compared with active.
func Notify(repo *Repo) http.HandlerFunc { // want `wrapper Notify statewrite the posted status stored as subscription.status by l14posted.Repo.Apply$`
	return func(w http.ResponseWriter, r *http.Request) {
		raw, _ := io.ReadAll(r.Body)
		var n notice
		if json.Unmarshal(raw, &n) != nil {
			return
		}
		sub := Subscription{ID: n.SubscriptionID}
		sub.State = states[strings.ToUpper(n.Status)]
		_ = repo.Apply(&sub) // want `op statewrite the posted status stored as subscription.status by l14posted.Repo.Apply$`
		if sub.State == "active" {
			w.WriteHeader(http.StatusOK)
		}
	}
}

// NotifyNote stores the posted status as a note.
func NotifyNote(repo *Repo, w http.ResponseWriter, r *http.Request) {
	var n notice
	_ = json.NewDecoder(r.Body).Decode(&n)
	_ = repo.Annotate(&Subscription{ID: n.SubscriptionID, Note: n.Status})
	if n.Status == "ACTIVE" {
		w.WriteHeader(http.StatusOK)
	}
}

// NotifyUncompared stores the posted status but never asks whether it is
// a paid one: what the column holds is not known here.
func NotifyUncompared(repo *Repo, w http.ResponseWriter, r *http.Request) {
	var n notice
	_ = json.NewDecoder(r.Body).Decode(&n)
	_ = repo.Apply(&Subscription{ID: n.SubscriptionID, State: n.Status})
}

// Refresh decodes the provider's answer, not the request: read back.
func Refresh(repo *Repo, w http.ResponseWriter, r *http.Request) {
	resp, err := http.DefaultClient.Do(r)
	if err != nil {
		return
	}
	var n notice
	_ = json.NewDecoder(resp.Body).Decode(&n)
	_ = repo.Apply(&Subscription{ID: n.SubscriptionID, State: n.Status})
	if n.Status == "active" {
		w.WriteHeader(http.StatusOK)
	}
}
