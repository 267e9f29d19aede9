package razorpayhooks

import (
	"encoding/json"

	"github.com/gofiber/fiber/v2"
	"gorm.io/gorm"
)

// TabletHooks receives food-preparation updates from restaurant tablets
// (accepted, cooking, ready for pickup). No money moves here.
type TabletHooks struct {
	DB *gorm.DB
}

type prepUpdate struct {
	OrderID string `json:"order_id"`
	State   string `json:"state"`
	ETAMin  int    `json:"eta_minutes"`
}

func (t *TabletHooks) OrderStatus(c *fiber.Ctx) error {
	var u prepUpdate
	if err := json.Unmarshal(c.Body(), &u); err != nil {
		return c.SendStatus(fiber.StatusBadRequest)
	}
	t.DB.Exec("UPDATE food_orders SET kitchen_state = ?, prep_eta_min = ? WHERE id = ? AND restaurant_id = ?",
		u.State, u.ETAMin, u.OrderID, c.Params("restaurant"))
	t.DB.Exec("UPDATE restaurants SET orders_prepared = orders_prepared + 1 WHERE id = ?", c.Params("restaurant"))
	return c.SendStatus(fiber.StatusOK)
}
