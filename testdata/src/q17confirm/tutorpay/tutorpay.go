// Package tutorpay: a tutoring site's lesson-pack confirmation (echo +
// sqlx, and a repository of its own answering the row). The browser's
// checkout script posts the order and payment ids and the checkout
// signature; the handler reads the booking row SELECT … FOR UPDATE,
// turns a settled one away, writes the posted payment id into the row,
// checks the signature, settles it, adds the lessons to the wallet and
// mails the tutor: silent. The same through the repository's locked read
// and an assignment of the posted ids, silent. With no guard, reported.
package tutorpay

import (
	"context"
	"net/http"
	"net/smtp"

	"github.com/jmoiron/sqlx"
	"github.com/labstack/echo/v4"
	"github.com/razorpay/razorpay-go/utils"
)

type booking struct {
	ID        int64  `db:"id"`
	StudentID int64  `db:"student_id"`
	Lessons   int64  `db:"lessons"`
	PayRef    string `db:"pay_ref"`
	Status    string `db:"status"`
}

type packConfirm struct {
	Order     string `json:"razorpay_order_id"`
	Payment   string `json:"razorpay_payment_id"`
	Signature string `json:"razorpay_signature"`
}

// bookings is the site's own repository.
type bookings struct{ db *sqlx.DB }

func (b *bookings) rowForOrder(ctx context.Context, tx *sqlx.Tx, order string) (*booking, error) {
	var bk booking
	err := tx.GetContext(ctx, &bk, `SELECT id, student_id, lessons, pay_ref, status FROM bookings WHERE gateway_order = $1 FOR UPDATE`, order)
	return &bk, err
}

type Site struct {
	db     *sqlx.DB
	repo   *bookings
	secret string
}

func session(next echo.HandlerFunc) echo.HandlerFunc { return next }

func (s *Site) Mount(e *echo.Echo) {
	g := e.Group("/account", session)
	g.POST("/lessons/confirm", s.confirmPack)
	g.POST("/lessons/confirm-repo", s.confirmPackRepo)
	g.POST("/lessons/confirm-open", s.confirmPackOpen)
}

func (s *Site) confirmPack(c echo.Context) error {
	var in packConfirm
	if err := c.Bind(&in); err != nil {
		return c.NoContent(http.StatusBadRequest)
	}
	ctx := c.Request().Context()
	tx, err := s.db.Beginx()
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var bk booking
	if err := tx.GetContext(ctx, &bk, `SELECT id, student_id, lessons, pay_ref, status FROM bookings WHERE gateway_order = $1 FOR UPDATE`, in.Order); err != nil {
		return c.NoContent(http.StatusNotFound)
	}
	if bk.Status == "settled" {
		return c.JSON(http.StatusOK, map[string]string{"result": "already settled"})
	}
	bk.PayRef = in.Payment
	if !utils.VerifyPaymentSignature(map[string]interface{}{"razorpay_order_id": in.Order, "razorpay_payment_id": in.Payment}, in.Signature, s.secret) {
		return c.NoContent(http.StatusBadRequest)
	}
	tx.ExecContext(ctx, `UPDATE bookings SET status = 'settled', pay_ref = $1 WHERE id = $2`, bk.PayRef, bk.ID)
	tx.ExecContext(ctx, `UPDATE wallets SET lessons = lessons + $1 WHERE student_id = $2`, bk.Lessons, bk.StudentID)
	tx.Commit()
	smtp.SendMail("mail:25", nil, "desk@example.com", []string{"tutor@example.com"}, []byte("new pack"))
	return c.JSON(http.StatusOK, map[string]string{"result": "ok"})
}

func (s *Site) confirmPackRepo(c echo.Context) error {
	var in packConfirm
	if err := c.Bind(&in); err != nil {
		return c.NoContent(http.StatusBadRequest)
	}
	ctx := c.Request().Context()
	tx, err := s.db.Beginx()
	if err != nil {
		return err
	}
	defer tx.Rollback()
	bk, err := s.repo.rowForOrder(ctx, tx, in.Order)
	if err != nil {
		return c.NoContent(http.StatusNotFound)
	}
	if bk.Status != "pending" {
		return c.JSON(http.StatusOK, map[string]string{"result": "nothing to do"})
	}
	bk.PayRef = in.Payment
	if !utils.VerifyPaymentSignature(map[string]interface{}{"razorpay_order_id": in.Order, "razorpay_payment_id": in.Payment}, in.Signature, s.secret) {
		return c.NoContent(http.StatusBadRequest)
	}
	tx.ExecContext(ctx, `UPDATE bookings SET status = 'settled', pay_ref = $1 WHERE id = $2`, bk.PayRef, bk.ID)
	tx.ExecContext(ctx, `UPDATE wallets SET lessons = lessons + $1 WHERE student_id = $2`, bk.Lessons, bk.StudentID)
	tx.Commit()
	smtp.SendMail("mail:25", nil, "desk@example.com", []string{"tutor@example.com"}, []byte("new pack"))
	return c.JSON(http.StatusOK, map[string]string{"result": "ok"})
}

func (s *Site) confirmPackOpen(c echo.Context) error {
	var in packConfirm
	if err := c.Bind(&in); err != nil {
		return c.NoContent(http.StatusBadRequest)
	}
	ctx := c.Request().Context()
	tx, err := s.db.Beginx()
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var bk booking
	if err := tx.GetContext(ctx, &bk, `SELECT id, student_id, lessons, pay_ref, status FROM bookings WHERE gateway_order = $1 FOR UPDATE`, in.Order); err != nil {
		return c.NoContent(http.StatusNotFound)
	}
	bk.PayRef = in.Payment
	if !utils.VerifyPaymentSignature(map[string]interface{}{"razorpay_order_id": in.Order, "razorpay_payment_id": in.Payment}, in.Signature, s.secret) {
		return c.NoContent(http.StatusBadRequest)
	}
	tx.ExecContext(ctx, `UPDATE bookings SET status = 'settled', pay_ref = $1 WHERE id = $2`, bk.PayRef, bk.ID)
	tx.ExecContext(ctx, `UPDATE wallets SET lessons = lessons + $1 WHERE student_id = $2`, bk.Lessons, bk.StudentID) // want "webhook handler"
	tx.Commit()
	smtp.SendMail("mail:25", nil, "desk@example.com", []string{"tutor@example.com"}, []byte("new pack")) // want "webhook handler"
	return c.JSON(http.StatusOK, map[string]string{"result": "ok"})
}
