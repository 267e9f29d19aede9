// Package qris receives a QR aggregator's payment callbacks (a provider
// paylint has no table for): a token header, a JSON body decoded into a
// map, the order's status and the merchant's notice handled by the
// gateway's own methods. The routes are mounted by package router.
package qris

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"strings"

	"github.com/labstack/echo/v4"

	"y17gateway/books"
	"y17gateway/relay"
)

// Gateway handles the aggregator's callbacks.
type Gateway struct {
	store *books.Store
	fwd   *relay.Forwarder
	pager *relay.Pager
	token string
}

// New returns a Gateway.
func New(s *books.Store, f *relay.Forwarder, p *relay.Pager, token string) *Gateway {
	return &Gateway{store: s, fwd: f, pager: p, token: token}
}

func normalise(s string) string {
	switch strings.ToUpper(s) {
	case "SUCCESS", "PAID":
		return "settled"
	case "EXPIRED":
		return "expired"
	}
	return "pending"
}

// read decodes the posted map, or answers false.
func read(c echo.Context) ([]byte, map[string]any, bool) {
	raw, err := io.ReadAll(c.Request().Body)
	if err != nil {
		return nil, nil, false
	}
	var in map[string]any
	if err := json.Unmarshal(raw, &in); err != nil {
		return nil, nil, false
	}
	return raw, in, true
}

// QRSettled stores the posted status, then has the merchant told before
// it answers: the merchant's slow server delays the aggregator's 2xx.
func (g *Gateway) QRSettled(c echo.Context) error {
	if c.Request().Header.Get("X-Callback-Token") != g.token {
		return c.NoContent(http.StatusUnauthorized)
	}
	raw, err := io.ReadAll(c.Request().Body)
	if err != nil {
		return c.NoContent(http.StatusBadRequest)
	}
	var in map[string]any
	if err := json.Unmarshal(raw, &in); err != nil {
		return c.NoContent(http.StatusBadRequest)
	}
	ref, _ := in["merchant_ref"].(string)
	st, _ := in["state"].(string)
	g.apply(c.Request().Context(), ref, st, raw) // want `webhook handler calls qris\.Gateway\.apply, which calls relay\.Forwarder\.Forward, which calls an external API \(http\.Client\.Do\) before answering`
	return c.JSON(http.StatusOK, map[string]string{"code": "00"})
}

func (g *Gateway) apply(ctx context.Context, ref, st string, raw []byte) {
	if err := g.store.SetOrderStatus(ref, normalise(st)); err != nil {
		return
	}
	url, err := g.store.Notify(ref)
	if err != nil {
		return
	}
	_, _ = g.fwd.Forward(ctx, url, raw)
}

// QRQueued stores the status and tells the merchant from a goroutine:
// the answer does not wait. Silent.
func (g *Gateway) QRQueued(c echo.Context) error {
	if c.Request().Header.Get("X-Callback-Token") != g.token {
		return c.NoContent(http.StatusUnauthorized)
	}
	raw, in, ok := read(c)
	if !ok {
		return c.NoContent(http.StatusBadRequest)
	}
	ref, _ := in["merchant_ref"].(string)
	st, _ := in["state"].(string)
	if err := g.store.SetOrderStatus(ref, normalise(st)); err != nil {
		return c.NoContent(http.StatusInternalServerError)
	}
	go g.tell(ref, raw)
	return c.JSON(http.StatusOK, map[string]string{"code": "00"})
}

func (g *Gateway) tell(ref string, raw []byte) {
	if url, err := g.store.Notify(ref); err == nil {
		_, _ = g.fwd.Forward(context.Background(), url, raw)
	}
}

// QRLogged keeps the raw callback and pages the chat before answering,
// but moves no payment's state: whose callback it is, nothing says.
// Silent.
func (g *Gateway) QRLogged(c echo.Context) error {
	if c.Request().Header.Get("X-Callback-Token") != g.token {
		return c.NoContent(http.StatusUnauthorized)
	}
	raw, _, ok := read(c)
	if !ok {
		return c.NoContent(http.StatusBadRequest)
	}
	if err := g.store.SaveRaw("qris", raw); err != nil {
		return c.NoContent(http.StatusInternalServerError)
	}
	_ = g.pager.Page("qris callback received")
	return c.NoContent(http.StatusOK)
}

// QRProfile renames the merchant the callback names and pages the chat:
// a profile is no payment. Silent.
func (g *Gateway) QRProfile(c echo.Context) error {
	if c.Request().Header.Get("X-Callback-Token") != g.token {
		return c.NoContent(http.StatusUnauthorized)
	}
	_, in, ok := read(c)
	if !ok {
		return c.NoContent(http.StatusBadRequest)
	}
	owner, _ := in["owner"].(string)
	nick, _ := in["display_name"].(string)
	if err := g.store.SetNickname(owner, nick); err != nil {
		return c.NoContent(http.StatusInternalServerError)
	}
	_ = g.pager.Page("merchant renamed: " + owner)
	return c.NoContent(http.StatusOK)
}
