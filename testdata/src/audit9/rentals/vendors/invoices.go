// Package vendors handles maintenance vendors' invoices: approval by the
// property manager and payment by bank transfer through Fundline.
package vendors

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"time"

	"github.com/go-resty/resty/v2"
	"github.com/jmoiron/sqlx"
	"github.com/labstack/echo/v4"
)

// Invoice is a vendor's bill for maintenance work.
type Invoice struct {
	ID          string `db:"id" json:"id"`
	VendorID    string `db:"vendor_id" json:"vendor_id"`
	TicketID    string `db:"ticket_id" json:"ticket_id"`
	Amount      int64  `db:"amount" json:"amount"`
	Currency    string `db:"currency" json:"currency"`
	BankAccount string `db:"bank_account" json:"-"`
	Status      string `db:"status" json:"status"`
	TransferID  string `db:"transfer_id" json:"transfer_id,omitempty"`
	PDFURL      string `db:"pdf_url" json:"pdf_url"`
}

type transfer struct {
	ID     string `json:"id"`
	Status string `json:"status"`
}

// Service approves and pays invoices.
type Service struct {
	db            *sqlx.DB
	fundline      *resty.Client
	docs          *resty.Client
	fundingSource string
	log           *slog.Logger
}

// NewService returns a Service.
func NewService(db *sqlx.DB, fundlineURL, apiKey, fundingSource string, log *slog.Logger) *Service {
	return &Service{
		db:            db,
		fundline:      resty.New().SetBaseURL(fundlineURL).SetAuthToken(apiKey).SetTimeout(20 * time.Second),
		docs:          resty.New().SetRetryCount(2).SetRetryWaitTime(time.Second).SetTimeout(10 * time.Second),
		fundingSource: fundingSource,
		log:           log,
	}
}

func (s *Service) invoice(ctx context.Context, id string) (*Invoice, error) {
	var inv Invoice
	if err := s.db.GetContext(ctx, &inv, `SELECT * FROM vendor_invoices WHERE id = $1`, id); err != nil {
		return nil, err
	}
	return &inv, nil
}

// send posts the invoice's transfer to Fundline.
func (s *Service) send(ctx context.Context, inv *Invoice, key string) (*transfer, error) {
	var out transfer
	wait := 2 * time.Second
	for attempt := 0; attempt < 4; attempt++ {
		resp, err := s.fundline.R().
			SetContext(ctx).
			SetHeader("Idempotency-Key", key).
			SetBody(map[string]any{
				"funding_source": s.fundingSource,
				"destination":    inv.BankAccount,
				"amount":         inv.Amount,
				"currency":       inv.Currency,
				"reference":      "INV-" + inv.ID,
			}).
			SetResult(&out).
			Post("/v2/transfers")
		if err == nil && resp.StatusCode() == http.StatusCreated { // want "\\[retrystatus\\] POST /v2/transfers is retried by a for loop \\(line 68\\): every non-2xx status is retried"
			return &out, nil
		}
		if err != nil {
			s.log.Warn("fundline transfer", "invoice", inv.ID, "err", err)
		} else {
			s.log.Warn("fundline transfer", "invoice", inv.ID, "status", resp.StatusCode())
		}
		time.Sleep(wait)
		wait *= 2
	}
	return nil, fmt.Errorf("invoice %s: transfer not accepted", inv.ID)
}

func (s *Service) transferStatus(ctx context.Context, id string) (string, error) {
	var t transfer
	resp, err := s.fundline.R().SetContext(ctx).SetResult(&t).Get("/v2/transfers/" + id)
	if err != nil {
		return "", err
	}
	if resp.IsError() {
		return "", fmt.Errorf("fundline: %s", resp.Status())
	}
	return t.Status, nil
}

// PayInvoice pays an approved invoice and follows the transfer until the
// bank has completed it.
func (s *Service) PayInvoice(ctx context.Context, id string) error {
	inv, err := s.invoice(ctx, id)
	if err != nil {
		return err
	}
	if inv.Status != "approved" {
		return fmt.Errorf("invoice %s is %s", id, inv.Status)
	}
	t, err := s.send(ctx, inv, "invoice-"+inv.ID)
	if err != nil {
		return err
	}
	s.db.MustExecContext(ctx, `UPDATE vendor_invoices SET status = 'paying', transfer_id = $2 WHERE id = $1`, id, t.ID)
	for poll := 1; poll <= 48; poll++ {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(5 * time.Minute):
		}
		status, err := s.transferStatus(ctx, t.ID)
		if err != nil {
			return err
		}
		switch status {
		case "completed":
			s.db.MustExecContext(ctx, `UPDATE vendor_invoices SET status = 'paid' WHERE id = $1`, id)
			return nil
		case "failed", "returned", "cancelled":
			s.db.MustExecContext(ctx, `UPDATE vendor_invoices SET status = 'payment_failed' WHERE id = $1`, id)
			return fmt.Errorf("invoice %s: transfer %s", id, status)
		}
		if poll == 24 {
			s.log.Warn("vendor transfer still pending, resending", "invoice", id, "transfer", t.ID)
			t, err = s.send(ctx, inv, "invoice-"+inv.ID+"-resend") // want "\\[pollcreate\\] new payment created inside the loop that polls payment t.ID"
			if err != nil {
				return err
			}
		}
	}
	return fmt.Errorf("invoice %s: transfer %s still pending", id, t.ID)
}

// PDF downloads the invoice document from the vendor's upload store.
func (s *Service) PDF(ctx context.Context, inv *Invoice) ([]byte, error) {
	resp, err := s.docs.R().SetContext(ctx).Get(inv.PDFURL)
	if err != nil {
		return nil, err
	}
	return resp.Body(), nil
}

// Handlers serves the back-office invoice API.
type Handlers struct {
	svc   *Service
	queue func(ctx context.Context, invoiceID string) error
}

// NewHandlers returns the handlers; queue schedules an invoice payment.
func NewHandlers(svc *Service, queue func(ctx context.Context, invoiceID string) error) *Handlers {
	return &Handlers{svc: svc, queue: queue}
}

// Register mounts the routes on the admin group.
func (h *Handlers) Register(g *echo.Group) {
	g.GET("/invoices/:id", h.get)
	g.POST("/invoices/:id/approve", h.approve)
}

func (h *Handlers) get(c echo.Context) error {
	inv, err := h.svc.invoice(c.Request().Context(), c.Param("id"))
	if err != nil {
		return echo.NewHTTPError(http.StatusNotFound)
	}
	return c.JSON(http.StatusOK, inv)
}

func (h *Handlers) approve(c echo.Context) error {
	ctx := c.Request().Context()
	res, err := h.svc.db.ExecContext(ctx,
		`UPDATE vendor_invoices SET status = 'approved', approved_at = now() WHERE id = $1 AND status = 'submitted'`, c.Param("id"))
	if err != nil {
		return err
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return echo.NewHTTPError(http.StatusConflict, errors.New("invoice is not awaiting approval"))
	}
	if err := h.queue(ctx, c.Param("id")); err != nil {
		return err
	}
	return c.NoContent(http.StatusAccepted)
}
