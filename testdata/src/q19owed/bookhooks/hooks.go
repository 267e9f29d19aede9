// Package bookhooks takes the e-book shop's Stripe events over gin.
package bookhooks

import (
	"encoding/json"
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/jmoiron/sqlx"
	"github.com/stripe/stripe-go/v82/webhook"

	"q19owed/royalties"
)

// Hooks are the listeners.
type Hooks struct {
	secret string
	books  *royalties.Books
	db     *sqlx.DB
}

type sale struct {
	SaleID    string `json:"sale_id"`
	Author    string `json:"author"`
	Affiliate string `json:"affiliate"`
	Narrator  string `json:"narrator"`
	Cents     int64  `json:"cents"`
}

// Mount mounts the listeners.
func (h *Hooks) Mount(r *gin.Engine) {
	r.POST("/webhooks/stripe/royalty", h.Royalty)
	r.POST("/webhooks/stripe/commission", h.Commission)
	r.POST("/webhooks/stripe/narrator", h.Narrator)
	r.POST("/webhooks/stripe/royalty-once", h.RoyaltyOnce)
	r.POST("/webhooks/stripe/royalty-logged", h.RoyaltyLogged)
	r.POST("/webhooks/stripe/royalty-guarded", h.RoyaltyGuarded)
}

func (h *Hooks) sale(c *gin.Context) (sale, bool) {
	body, err := c.GetRawData()
	if err != nil {
		return sale{}, false
	}
	evt, err := webhook.ConstructEvent(body, c.GetHeader("Stripe-Signature"), h.secret)
	if err != nil {
		return sale{}, false
	}
	var s sale
	if err := json.Unmarshal(evt.Data.Raw, &s); err != nil {
		return sale{}, false
	}
	return s, true
}

// --- reported: money owed booked again on every delivery ---

// Royalty books the author's royalty.
func (h *Hooks) Royalty(c *gin.Context) {
	s, ok := h.sale(c)
	if !ok {
		c.Status(http.StatusBadRequest)
		return
	}
	if err := h.books.CreditAuthor(c.Request.Context(), s.SaleID, s.Author, s.Cents); err != nil { // want "webhook handler inserts a ledger or payment row \\(royalties.Books.CreditAuthor: bun.InsertQuery.Exec: INSERT INTO author_royalties\\)"
		c.Status(http.StatusInternalServerError)
		return
	}
	c.Status(http.StatusOK)
}

// Commission books the affiliate's commission.
func (h *Hooks) Commission(c *gin.Context) {
	s, ok := h.sale(c)
	if !ok {
		c.Status(http.StatusBadRequest)
		return
	}
	_ = h.books.RecordCommission(c.Request.Context(), s.SaleID, s.Affiliate, s.Cents) // want "webhook handler inserts a ledger or payment row \\(royalties.Books.RecordCommission: gorm.DB.Create: INSERT INTO affiliate_commission\\)"
	c.Status(http.StatusOK)
}

// Narrator books the narrator's earning.
func (h *Hooks) Narrator(c *gin.Context) {
	s, ok := h.sale(c)
	if !ok {
		c.Status(http.StatusBadRequest)
		return
	}
	_ = h.books.QueueEarning(c.Request.Context(), s.SaleID, s.Narrator) // want "webhook handler inserts a ledger or payment row \\(royalties.Books.QueueEarning: sql.DB.ExecContext: INSERT INTO narrator_earnings\\)"
	c.Status(http.StatusOK)
}

// --- silent: keyed by the sale, a log, a review, or behind a guard ---

// RoyaltyOnce books the royalty keyed by the sale, logs it and saves the
// buyer's review.
func (h *Hooks) RoyaltyOnce(c *gin.Context) {
	s, ok := h.sale(c)
	if !ok {
		c.Status(http.StatusBadRequest)
		return
	}
	_ = h.books.CreditAuthorOnce(c.Request.Context(), s.SaleID, s.Author, s.Cents)
	_ = h.books.SaveReview(c.Request.Context(), s.SaleID, "")
	_ = h.books.SettleRoyalty(c.Request.Context(), s.SaleID)
	c.Status(http.StatusOK)
}

// RoyaltyLogged only logs the sale.
func (h *Hooks) RoyaltyLogged(c *gin.Context) {
	s, ok := h.sale(c)
	if !ok {
		c.Status(http.StatusBadRequest)
		return
	}
	_ = h.books.LogRoyaltyEvent(c.Request.Context(), s.SaleID)
	c.Status(http.StatusOK)
}

// RoyaltyGuarded books the royalty only for a sale not booked before.
func (h *Hooks) RoyaltyGuarded(c *gin.Context) {
	s, ok := h.sale(c)
	if !ok {
		c.Status(http.StatusBadRequest)
		return
	}
	var status string
	if err := h.db.GetContext(c.Request.Context(), &status, `SELECT status FROM sales WHERE id = $1`, s.SaleID); err != nil {
		c.Status(http.StatusInternalServerError)
		return
	}
	if status == "paid" {
		c.Status(http.StatusOK)
		return
	}
	_ = h.books.CreditAuthor(c.Request.Context(), s.SaleID, s.Author, s.Cents)
	_, _ = h.db.ExecContext(c.Request.Context(), `UPDATE sales SET status = 'paid' WHERE id = $1`, s.SaleID)
	c.Status(http.StatusOK)
}
