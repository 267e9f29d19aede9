// Package frameworks: payment webhooks on gin, echo and chi that repeat
// effects through GORM, and the guarded look-alikes.
package frameworks

import (
	"net/http"
	"os"

	"github.com/gin-gonic/gin"
	"github.com/go-chi/chi/v5"
	"github.com/labstack/echo/v4"
	"github.com/stripe/stripe-go/v82/webhook"
	"gorm.io/gorm"
)

var secret = os.Getenv("STRIPE_WEBHOOK_SECRET")

type Wallet struct {
	UserID  string
	Credits int64
}

type LedgerEntry struct {
	UserID string
	Amount int64
}

type ProcessedEvent struct {
	ID string `gorm:"primaryKey"`
}

type Subscription struct {
	ID     string
	Status string
}

type Server struct {
	db *gorm.DB
}

func (s *Server) Register(g *gin.Engine, e *echo.Echo, r chi.Router) {
	g.POST("/stripe/webhook", s.ginCredits)
	g.POST("/stripe/webhook-once", s.ginCreditsOnce)
	e.POST("/billing/webhook", s.echoLedger)
	e.POST("/billing/webhook-status", s.echoStatusOnly)
	r.Post("/payments/webhook", s.chiSavesBalance)
	r.Post("/payments/webhook-guarded", s.chiGuarded)
}

// ginCredits: credits added with gorm.Expr on every delivery.
func (s *Server) ginCredits(c *gin.Context) {
	body, err := c.GetRawData()
	if err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	evt, err := webhook.ConstructEvent(body, c.GetHeader("Stripe-Signature"), secret)
	if err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	s.db.Model(&Wallet{}).Where("user_id = ?", evt.Account).Update("credits", gorm.Expr("credits + ?", 100)) // want `webhook handler credits the balance`
	c.Status(http.StatusOK)
}

// ginCreditsOnce: the event row created first, its error checked.
func (s *Server) ginCreditsOnce(c *gin.Context) {
	body, _ := c.GetRawData()
	evt, err := webhook.ConstructEvent(body, c.GetHeader("Stripe-Signature"), secret)
	if err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	if err := s.db.Create(&ProcessedEvent{ID: evt.ID}).Error; err != nil {
		c.Status(http.StatusOK) // already processed
		return
	}
	s.db.Model(&Wallet{}).Where("user_id = ?", evt.Account).Update("credits", gorm.Expr("credits + ?", 100))
	c.Status(http.StatusOK)
}

// echoLedger: a ledger row created on every delivery.
func (s *Server) echoLedger(c echo.Context) error {
	var in LedgerEntry
	if err := c.Bind(&in); err != nil {
		return err
	}
	s.db.Create(&LedgerEntry{UserID: in.UserID, Amount: in.Amount}) // want `webhook handler inserts a ledger or payment row`
	return c.NoContent(http.StatusOK)
}

// echoStatusOnly: a subscription's status set: idempotent.
func (s *Server) echoStatusOnly(c echo.Context) error {
	var in Subscription
	if err := c.Bind(&in); err != nil {
		return err
	}
	s.db.Model(&Subscription{ID: in.ID}).Update("status", "active")
	return c.NoContent(http.StatusOK)
}

// chiSavesBalance: a += on the stored wallet, saved.
func (s *Server) chiSavesBalance(w http.ResponseWriter, r *http.Request) {
	var wallet Wallet
	s.db.Where("user_id = ?", r.FormValue("user_id")).First(&wallet)
	wallet.Credits += 100 // want `webhook handler credits the balance \(wallet.Credits \+= …\)`
	s.db.Save(&wallet)
}

// chiGuarded: a compare-and-set on the subscription's status, rows
// affected checked.
func (s *Server) chiGuarded(w http.ResponseWriter, r *http.Request) {
	res := s.db.Model(&Subscription{}).Where("id = ? AND status = ?", r.FormValue("id"), "pending").Update("status", "active")
	if res.Error != nil || res.RowsAffected == 0 {
		return
	}
	var wallet Wallet
	s.db.Where("user_id = ?", r.FormValue("user_id")).First(&wallet)
	wallet.Credits += 100
	s.db.Save(&wallet)
}
