// Package claimed: the correct version of the booking service: the
// booking's pending state is claimed by a compare-and-set before the
// tickets are taken off, and bound to the same Stripe webhook.
package claimed

import (
	"strconv"

	"github.com/labstack/echo/v4"
	"gorm.io/gorm"

	"ticketbooking/bookings"
	"ticketbooking/event"
	"ticketbooking/payment"
)

type claimingService struct {
	db        *gorm.DB
	eventRepo event.Repository
}

// NewClaimingService returns the booking service that claims the
// booking's pending state first.
func NewClaimingService(db *gorm.DB, e event.Repository) *claimingService {
	return &claimingService{db: db, eventRepo: e}
}

// HandlePaymentSuccess moves the booking from pending to confirmed and
// takes the tickets off only when that update changed the row: a repeat
// finds it confirmed already and changes nothing.
func (s *claimingService) HandlePaymentSuccess(bookingID string) error {
	id, err := strconv.ParseUint(bookingID, 10, 32)
	if err != nil {
		return err
	}
	res := s.db.Model(&bookings.Booking{}).Where("id = ? AND status = ?", id, "pending").Update("status", "confirmed")
	if res.Error != nil {
		return res.Error
	}
	if res.RowsAffected == 0 {
		return nil
	}
	var booking bookings.Booking
	if err := s.db.First(&booking, id).Error; err != nil {
		return err
	}
	ev, err := s.eventRepo.GetEventByID(booking.EventID)
	if err != nil {
		return err
	}
	ev.AvailableTickets -= booking.Quantity
	return s.eventRepo.Update(ev)
}

// RegisterRoutes binds the claiming service to the Stripe webhook.
func RegisterRoutes(e *echo.Echo, db *gorm.DB, secret string) {
	hook := payment.NewWebhookHandler(NewClaimingService(db, event.NewRepository(db)), secret)
	e.POST("/webhook/stripe", hook.HandleWebhook)
}
