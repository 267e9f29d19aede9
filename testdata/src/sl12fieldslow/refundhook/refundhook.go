// Package refundhook receives an acquirer's refund notices; nothing here
// says webhook: the routes mounting it do.
package refundhook

import (
	"context"
	"database/sql"
	"encoding/json"
	"net/http"

	"github.com/gin-gonic/gin"

	"sl12fieldslow/chat"
)

type refundEvent struct {
	Action string `json:"action"`
	Refund struct {
		ID     string `json:"id"`
		Amount int64  `json:"amount"`
	} `json:"refund"`
}

func markRefunded(ctx context.Context, db *sql.DB, id string) error {
	_, err := db.ExecContext(ctx, `UPDATE refunds SET state = 'settled' WHERE acquirer_id = $1`, id)
	return err
}

// Notice tells the finance channel before it answers the acquirer.
type Notice struct {
	db   *sql.DB
	chat *chat.Notifier
}

// NewNotice returns a Notice.
func NewNotice(db *sql.DB, c *chat.Notifier) *Notice { return &Notice{db: db, chat: c} }

// Receive handles refund.settled.
func (n *Notice) Receive(c *gin.Context) {
	var ev refundEvent
	if err := c.ShouldBindJSON(&ev); err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	if ev.Action == "refund.settled" {
		if err := markRefunded(c, n.db, ev.Refund.ID); err != nil {
			c.Status(http.StatusInternalServerError)
			return
		}
		_ = n.chat.Post(c, "refund settled: "+ev.Refund.ID)
	}
	c.Status(http.StatusOK)
}

// Late answers the acquirer first and flushes the answer, then tells
// the channel.
type Late struct {
	db   *sql.DB
	chat *chat.Notifier
}

// NewLate returns a Late.
func NewLate(db *sql.DB, c *chat.Notifier) *Late { return &Late{db: db, chat: c} }

// Receive handles refund.settled.
func (n *Late) Receive(w http.ResponseWriter, r *http.Request) {
	var ev refundEvent
	if err := json.NewDecoder(r.Body).Decode(&ev); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	if err := markRefunded(r.Context(), n.db, ev.Refund.ID); err != nil {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
	_ = http.NewResponseController(w).Flush()
	_ = n.chat.Post(context.Background(), "refund settled: "+ev.Refund.ID)
}

// Async tells the channel from a goroutine.
type Async struct {
	db   *sql.DB
	chat *chat.Notifier
}

// NewAsync returns an Async.
func NewAsync(db *sql.DB, c *chat.Notifier) *Async { return &Async{db: db, chat: c} }

// Receive handles refund.settled.
func (n *Async) Receive(c *gin.Context) {
	var ev refundEvent
	if err := c.ShouldBindJSON(&ev); err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	if err := markRefunded(c, n.db, ev.Refund.ID); err != nil {
		c.Status(http.StatusInternalServerError)
		return
	}
	go func(id string) { _ = n.chat.Post(context.Background(), "refund settled: "+id) }(ev.Refund.ID)
	c.Status(http.StatusOK)
}

// Digest queues the notice for the next digest: cheap.
type Digest struct {
	db   *sql.DB
	chat *chat.Notifier
}

// NewDigest returns a Digest.
func NewDigest(db *sql.DB, c *chat.Notifier) *Digest { return &Digest{db: db, chat: c} }

// Receive handles refund.settled.
func (n *Digest) Receive(c *gin.Context) {
	var ev refundEvent
	if err := c.ShouldBindJSON(&ev); err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	if err := markRefunded(c, n.db, ev.Refund.ID); err != nil {
		c.Status(http.StatusInternalServerError)
		return
	}
	n.chat.Queue("refund settled: " + ev.Refund.ID)
	c.Status(http.StatusOK)
}
