// Package laternotes keeps the pay-later provider's notes on orders.
package laternotes

import (
	"context"
	"encoding/json"
	"net/http"

	"github.com/gin-gonic/gin"
)

// NoteWriter stores a note on an order.
type NoteWriter interface {
	AddNote(ctx context.Context, id, note string) error
}

type notification struct {
	Reference string `json:"merchant_reference1"`
	Note      string `json:"note"`
}

// Notifications stores the provider's notes.
type Notifications struct{ Orders NoteWriter }

// Handle stores the note.
func (n *Notifications) Handle(c *gin.Context) {
	var ev notification
	if err := json.NewDecoder(c.Request.Body).Decode(&ev); err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	if err := n.Orders.AddNote(c.Request.Context(), ev.Reference, ev.Note); err != nil {
		c.Status(http.StatusInternalServerError)
		return
	}
	c.Status(http.StatusOK)
}
