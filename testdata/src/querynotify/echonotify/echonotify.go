// Package echonotify is the same Epay (易支付) shop on echo.
package echonotify

import (
	"net/http"

	"github.com/labstack/echo/v4"

	"querynotify/epay"
	"querynotify/orders"
)

type Shop struct {
	Orders  *orders.Store
	EpayKey string
}

func (s *Shop) Mount(e *echo.Echo) {
	e.GET("/pay/epay/notify", s.EpayNotify)
	e.GET("/pay/epay/notify-signed", s.EpayNotifySigned)
	e.GET("/pay/epay/return", s.EpayReturn)
}

// EpayNotify reads the trade with QueryParam and marks it paid with the
// sign never checked.
func (s *Shop) EpayNotify(c echo.Context) error {
	if c.QueryParam("trade_status") != orders.StatusTradeSuccess {
		return c.String(http.StatusOK, "success")
	}
	if err := s.Orders.MarkPaid(c.QueryParam("out_trade_no"), c.QueryParam("trade_no"), c.QueryParam("money")); err != nil { // want `payment webhook \S*/epay/notify acts on the payment \(orders.Store.MarkPaid\) without verifying`
		return c.String(http.StatusInternalServerError, "fail")
	}
	return c.String(http.StatusOK, "success")
}

// EpayNotifySigned checks the MD5 sign of QueryParams first: silent.
func (s *Shop) EpayNotifySigned(c echo.Context) error {
	q := c.QueryParams()
	if epay.Sign(q, s.EpayKey) != q.Get("sign") {
		return c.String(http.StatusForbidden, "fail")
	}
	if q.Get("trade_status") != orders.StatusTradeSuccess {
		return c.String(http.StatusOK, "success")
	}
	if err := s.Orders.MarkPaid(q.Get("out_trade_no"), q.Get("trade_no"), q.Get("money")); err != nil {
		return c.String(http.StatusInternalServerError, "fail")
	}
	return c.String(http.StatusOK, "success")
}

// EpayReturn answers the single-page app the stored state: silent.
func (s *Shop) EpayReturn(c echo.Context) error {
	o, err := s.Orders.Find(c.QueryParam("out_trade_no"))
	if err != nil {
		return c.JSON(http.StatusNotFound, map[string]string{"error": "unknown order"})
	}
	return c.JSON(http.StatusOK, map[string]string{"status": o.TradeStatus})
}
