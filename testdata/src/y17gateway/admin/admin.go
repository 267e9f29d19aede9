// Package admin is the staff console: it replays a stored webhook and
// tops a wallet up by hand, paging the chat each time. Staff are no
// provider waiting for a 2xx. Silent.
package admin

import (
	"encoding/json"
	"net/http"

	"github.com/labstack/echo/v4"

	"y17gateway/books"
	"y17gateway/relay"
)

// Console serves the staff.
type Console struct {
	Store *books.Store
	Pager *relay.Pager
}

type replay struct {
	Ref    string `json:"ref"`
	Status string `json:"status"`
}

// ReplayWebhook re-applies a stored callback.
func (k *Console) ReplayWebhook(c echo.Context) error {
	var in replay
	if err := json.NewDecoder(c.Request().Body).Decode(&in); err != nil {
		return c.NoContent(http.StatusBadRequest)
	}
	if err := k.Store.SetOrderStatus(in.Ref, in.Status); err != nil {
		return c.NoContent(http.StatusInternalServerError)
	}
	_ = k.Pager.Page("replayed " + in.Ref)
	return c.NoContent(http.StatusOK)
}

type topUp struct {
	Owner   string `json:"owner"`
	Balance int64  `json:"balance"`
}

// TopUp sets a wallet's balance by hand.
func (k *Console) TopUp(c echo.Context) error {
	var in topUp
	if err := json.NewDecoder(c.Request().Body).Decode(&in); err != nil {
		return c.NoContent(http.StatusBadRequest)
	}
	if err := k.Store.SetBalance(in.Owner, in.Balance); err != nil {
		return c.NoContent(http.StatusInternalServerError)
	}
	_ = k.Pager.Page("manual top-up for " + in.Owner)
	return c.NoContent(http.StatusOK)
}
