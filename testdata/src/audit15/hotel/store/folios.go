package store

import (
	"context"
	"time"

	"audit15/hotel/ops"
)

// Folios reads tabs and their lines for invoices.
type Folios struct{ tabs *Tabs }

// NewFolios returns the folio reader.
func NewFolios(tabs *Tabs) *Folios { return &Folios{tabs: tabs} }

// FolioByOrder loads the folio of the tab paid through a Square order.
func (f *Folios) FolioByOrder(ctx context.Context, squareOrderID string) (*ops.Folio, error) {
	var head struct {
		ID         string
		GuestEmail string
		Outlet     string
		Currency   string
	}
	if err := f.tabs.db.WithContext(ctx).Table("tabs").Where("square_order_id = ?", squareOrderID).Find(&head).Error; err != nil {
		return nil, err
	}
	var lines []ops.FolioLine
	if err := f.tabs.db.WithContext(ctx).Table("tab_lines").Where("tab_id = ?", head.ID).Find(&lines).Error; err != nil {
		return nil, err
	}
	return &ops.Folio{GuestEmail: head.GuestEmail, Outlet: head.Outlet, Currency: head.Currency, Lines: lines}, nil
}

// Inventory counts free rooms from the room-night table.
type Inventory struct{ stays *Stays }

// NewInventory returns the inventory reader.
func NewInventory(stays *Stays) *Inventory { return &Inventory{stays: stays} }

// FreeRooms returns, per room type, the free rooms for each of the next
// days.
func (i *Inventory) FreeRooms(ctx context.Context, propertyID string, days int) (map[string][]int, error) {
	var rows []struct {
		RoomType string
		Night    time.Time
		Free     int
	}
	from := time.Now().Truncate(24 * time.Hour)
	err := i.stays.db.WithContext(ctx).Table("room_nights_free").
		Where("property_id = ? AND night >= ? AND night < ?", propertyID, from, from.AddDate(0, 0, days)).
		Find(&rows).Error
	if err != nil {
		return nil, err
	}
	out := map[string][]int{}
	for _, r := range rows {
		if out[r.RoomType] == nil {
			out[r.RoomType] = make([]int, days)
		}
		if d := int(r.Night.Sub(from).Hours() / 24); d >= 0 && d < days {
			out[r.RoomType][d] = r.Free
		}
	}
	return out, nil
}
