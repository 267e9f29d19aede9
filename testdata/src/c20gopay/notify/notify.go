// Package notify takes a course shop's Alipay and WeChat Pay
// notifications (echo). Alipay's form is trusted by reading the trade
// back: that one read is part of handling it.
package notify

import (
	"context"
	"database/sql"
	"net/http"
	"strings"

	"github.com/labstack/echo/v4"

	"c20gopay/trades"
)

type Notices struct {
	db     *sql.DB
	trades *trades.Reader
}

// enrol grants the course of a paid order once.
func (n *Notices) enrol(ctx context.Context, no string) error {
	_, err := n.db.ExecContext(ctx, "UPDATE enrolments SET status = 'paid' WHERE order_no = $1 AND status = 'pending'", no)
	return err
}

// AlipayNotify: the trade read back once through the wrapper, then a
// local write: silent.
func (n *Notices) AlipayNotify(c echo.Context) error {
	no := c.FormValue("out_trade_no")
	if _, err := n.trades.AlipayPaid(c.Request().Context(), no); err != nil {
		return c.String(http.StatusOK, "fail")
	}
	if err := n.enrol(c.Request().Context(), no); err != nil {
		return c.String(http.StatusInternalServerError, "fail")
	}
	return c.String(http.StatusOK, "success")
}

// WechatNotify: the order read back once with the SDK inline: silent.
func (n *Notices) WechatNotify(c echo.Context) error {
	no := c.FormValue("out_trade_no")
	paid, err := n.trades.WechatPaid(c.Request().Context(), no)
	if err != nil || !paid {
		return c.NoContent(http.StatusOK)
	}
	if err := n.enrol(c.Request().Context(), no); err != nil {
		return c.NoContent(http.StatusInternalServerError)
	}
	return c.NoContent(http.StatusOK)
}

// AlipayNotifyCRM reads the trade back and then posts the sale to the
// CRM before it answers: the second call is slow work.
func (n *Notices) AlipayNotifyCRM(c echo.Context) error {
	no := c.FormValue("out_trade_no")
	if _, err := n.trades.AlipayPaid(c.Request().Context(), no); err != nil {
		return c.String(http.StatusOK, "fail")
	}
	if err := n.enrol(c.Request().Context(), no); err != nil {
		return c.String(http.StatusInternalServerError, "fail")
	}
	resp, err := http.Post("https://crm.example.com/sales", "application/json", strings.NewReader(`{"order":"`+no+`"}`)) // want `webhook handler calls an external API \(http.Post\) before answering`
	if err == nil {
		resp.Body.Close()
	}
	return c.String(http.StatusOK, "success")
}

// AlipayNotifyTwice asks Alipay and then WeChat Pay, in case the buyer
// switched: two provider reads before the answer.
func (n *Notices) AlipayNotifyTwice(c echo.Context) error {
	no := c.FormValue("out_trade_no")
	ctx := c.Request().Context()
	if _, err := n.trades.AlipayPaid(ctx, no); err != nil { // want `webhook handler calls trades.Reader.AlipayPaid`
		if paid, err := n.trades.WechatPaid(ctx, no); err != nil || !paid {
			return c.String(http.StatusOK, "fail")
		}
	}
	if err := n.enrol(ctx, no); err != nil {
		return c.String(http.StatusInternalServerError, "fail")
	}
	return c.String(http.StatusOK, "success")
}

func Mount(e *echo.Echo, db *sql.DB, r *trades.Reader) {
	n := &Notices{db: db, trades: r}
	e.POST("/notify/alipay", n.AlipayNotify)
	e.POST("/notify/wechat", n.WechatNotify)
	e.POST("/notify/alipay-crm", n.AlipayNotifyCRM)
	e.POST("/notify/alipay-any", n.AlipayNotifyTwice)
}
