// Package ent stands for the code entgo generates for the Order and User
// schemas: fluent update builders with typed setters.
package ent

import (
	"context"
	"time"
)

type Client struct {
	Order *OrderClient
	User  *UserClient
}

type Order struct {
	ID     int
	Status string
	Total  int64
}

type OrderClient struct{}

func (c *OrderClient) Get(ctx context.Context, id int) (*Order, error) { return &Order{ID: id}, nil }
func (c *OrderClient) UpdateOneID(id int) *OrderUpdateOne              { return &OrderUpdateOne{} }

type OrderUpdateOne struct{ fields map[string]any }

func (u *OrderUpdateOne) SetStatus(s string) *OrderUpdateOne          { return u }
func (u *OrderUpdateOne) SetPaidAt(t time.Time) *OrderUpdateOne       { return u }
func (u *OrderUpdateOne) SetShippingAddress(a string) *OrderUpdateOne { return u }
func (u *OrderUpdateOne) Save(ctx context.Context) (*Order, error)    { return &Order{}, nil }
func (u *OrderUpdateOne) Exec(ctx context.Context) error              { return nil }

type UserClient struct{}

func (c *UserClient) UpdateOneID(id int) *UserUpdateOne { return &UserUpdateOne{} }

type UserUpdateOne struct{}

func (u *UserUpdateOne) SetStatus(s string) *UserUpdateOne { return u }
func (u *UserUpdateOne) SetPlan(p string) *UserUpdateOne   { return u }
func (u *UserUpdateOne) Exec(ctx context.Context) error    { return nil }
