// Package callbacks: gin handlers of Xendit invoice callbacks for a
// ticketing site: a paid invoice books the payment, issues the tickets
// and pays the organiser its share through a Xendit payout.
package callbacks

import (
	"context"
	"errors"
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/google/uuid"
	xendit "github.com/xendit/xendit-go/v6"
	invoice "github.com/xendit/xendit-go/v6/invoice"
	payout "github.com/xendit/xendit-go/v6/payout"
	"gorm.io/gorm"
	"gorm.io/gorm/clause"

	"xenditticketcallbacks/models"
)

// Callbacks serves the invoice callbacks.
type Callbacks struct {
	db  *gorm.DB
	xnd *xendit.APIClient
}

func paidInvoice(c *gin.Context) (*invoice.InvoiceCallback, bool) {
	var cb invoice.InvoiceCallback
	if err := c.ShouldBindJSON(&cb); err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return nil, false
	}
	if cb.Status != "PAID" {
		c.Status(http.StatusOK)
		return nil, false
	}
	return &cb, true
}

func paymentOf(cb *invoice.InvoiceCallback) models.Payment {
	return models.Payment{Amount: int(cb.Amount), Method: *cb.PaymentMethod, Status: cb.Status, InvoiceID: cb.Id, UserID: cb.UserId}
}

func (h *Callbacks) issueTickets(cb *invoice.InvoiceCallback, paymentID string) error {
	for _, item := range cb.Items {
		for i := 0; i < int(item.Quantity); i++ {
			if err := h.db.Create(&models.Admission{EventID: item.Name, UserID: cb.UserId, PaymentID: paymentID}).Error; err != nil {
				return err
			}
		}
	}
	return nil
}

func shareOf(org models.Organiser, ref string, amount float64) payout.CreatePayoutRequest {
	return *payout.NewCreatePayoutRequest(ref, org.BankCode,
		payout.DigitalPayoutChannelProperties{AccountHolderName: *payout.NewNullableString(&org.AccountName), AccountNumber: org.AccountNumber},
		float32(amount*0.9), "IDR")
}

// TicketsPaid books the payment, issues one ticket per seat bought and
// pays the organiser under a key made anew, on every delivery of the
// callback; it answers with the payout's channel.
func (h *Callbacks) TicketsPaid(c *gin.Context) {
	cb, ok := paidInvoice(c)
	if !ok {
		return
	}
	payment := models.Payment{
		Amount:    int(cb.Amount),
		Method:    *cb.PaymentMethod,
		Status:    cb.Status,
		InvoiceID: cb.Id,
		UserID:    cb.UserId,
	}
	if err := h.db.Create(&payment).Error; err != nil { // want `webhook handler inserts a ledger or payment row \(paid state stored by gorm.DB.Create\) on every delivery`
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	if err := h.issueTickets(cb, payment.ID); err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	var org models.Organiser
	if err := h.db.Where("id = ?", cb.MerchantName).First(&org).Error; err != nil {
		c.AbortWithStatus(http.StatusNotFound)
		return
	}
	key := "share-" + uuid.NewString()
	share := shareOf(org, "share-"+payment.ID, cb.Amount)
	resp, _, xerr := h.xnd.PayoutApi.CreatePayout(context.Background()).IdempotencyKey(key).CreatePayoutRequest(share).Execute() // want `webhook handler sends a payment write \(xendit PayoutApi.CreatePayout\) on every delivery`
	if xerr != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	c.JSON(http.StatusOK, gin.H{"channel": resp.Payout.ChannelCode})
}

// BoxOfficePaid takes the database from the context and books the
// payment on every delivery.
func BoxOfficePaid(c *gin.Context) {
	v, ok := c.Get("db")
	if !ok {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	db := v.(*gorm.DB)
	var cb *invoice.InvoiceCallback
	if err := c.ShouldBindJSON(&cb); err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	if cb.Status == "PAID" {
		if err := db.Create(&models.Payment{Amount: int(cb.Amount), InvoiceID: cb.Id, UserID: cb.UserId}).Error; err != nil { // want `webhook handler inserts a ledger or payment row`
			c.AbortWithStatus(http.StatusInternalServerError)
			return
		}
	}
	c.JSON(http.StatusOK, gin.H{"message": "ok"})
}

// ResalePaid books the payment of a resold ticket in SQL on every
// delivery.
func (h *Callbacks) ResalePaid(c *gin.Context) {
	cb, ok := paidInvoice(c)
	if !ok {
		return
	}
	if err := h.db.Exec("INSERT INTO payments (invoice_id, amount, user_id) VALUES (?, ?, ?)", cb.Id, cb.Amount, cb.UserId).Error; err != nil { // want `webhook handler inserts a ledger or payment row`
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	c.Status(http.StatusOK)
}

// TicketsPaidLookedUp looks the payment up by the invoice id first and
// answers a delivery it has booked already; the organiser's payout is
// keyed by the invoice (silent).
func (h *Callbacks) TicketsPaidLookedUp(c *gin.Context) {
	cb, ok := paidInvoice(c)
	if !ok {
		return
	}
	var booked models.Payment
	if err := h.db.Where("invoice_id = ?", cb.Id).First(&booked).Error; err == nil {
		c.Status(http.StatusOK)
		return
	}
	payment := paymentOf(cb)
	if err := h.db.Create(&payment).Error; err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	var org models.Organiser
	if err := h.db.Where("id = ?", cb.MerchantName).First(&org).Error; err != nil {
		c.AbortWithStatus(http.StatusNotFound)
		return
	}
	if _, _, xerr := h.xnd.PayoutApi.CreatePayout(c).IdempotencyKey("share-" + cb.Id).CreatePayoutRequest(shareOf(org, "share-"+cb.Id, cb.Amount)).Execute(); xerr != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	c.Status(http.StatusOK)
}

// TicketsPaidUniqueInvoice inserts under the unique invoice_id and
// answers its duplicate key as the earlier delivery's row (silent).
func (h *Callbacks) TicketsPaidUniqueInvoice(c *gin.Context) {
	cb, ok := paidInvoice(c)
	if !ok {
		return
	}
	payment := paymentOf(cb)
	if err := h.db.Create(&payment).Error; err != nil {
		if errors.Is(err, gorm.ErrDuplicatedKey) {
			c.Status(http.StatusOK)
			return
		}
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	if err := h.issueTickets(cb, payment.ID); err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	c.Status(http.StatusOK)
}

// TicketsPaidUpsert inserts ON CONFLICT (invoice_id) DO NOTHING and
// stops when no row was added (silent).
func (h *Callbacks) TicketsPaidUpsert(c *gin.Context) {
	cb, ok := paidInvoice(c)
	if !ok {
		return
	}
	payment := paymentOf(cb)
	res := h.db.Clauses(clause.OnConflict{Columns: []clause.Column{{Name: "invoice_id"}}, DoNothing: true}).Create(&payment)
	if res.Error != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	if res.RowsAffected == 0 {
		c.Status(http.StatusOK)
		return
	}
	if err := h.issueTickets(cb, payment.ID); err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	c.Status(http.StatusOK)
}

// OrganiserShare only pays the organiser, under a key made from the
// invoice id: Xendit answers a repeat with the first payout (silent).
func (h *Callbacks) OrganiserShare(c *gin.Context) {
	cb, ok := paidInvoice(c)
	if !ok {
		return
	}
	var org models.Organiser
	if err := h.db.Where("id = ?", cb.MerchantName).First(&org).Error; err != nil {
		c.AbortWithStatus(http.StatusNotFound)
		return
	}
	req := h.xnd.PayoutApi.CreatePayout(c).IdempotencyKey("share-" + cb.Id)
	out, _, xerr := req.CreatePayoutRequest(shareOf(org, "share-"+cb.Id, cb.Amount)).Execute()
	if xerr != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	c.JSON(http.StatusOK, gin.H{"payout": out.Payout.Id})
}

// Register mounts the callbacks.
func Register(r *gin.Engine, h *Callbacks) {
	r.POST("/callbacks/xendit/invoice", h.TicketsPaid)
	r.POST("/callbacks/xendit/box-office", BoxOfficePaid)
	r.POST("/callbacks/xendit/resale", h.ResalePaid)
	r.POST("/callbacks/xendit/looked-up", h.TicketsPaidLookedUp)
	r.POST("/callbacks/xendit/unique", h.TicketsPaidUniqueInvoice)
	r.POST("/callbacks/xendit/upsert", h.TicketsPaidUpsert)
	r.POST("/callbacks/xendit/share", h.OrganiserShare)
}
