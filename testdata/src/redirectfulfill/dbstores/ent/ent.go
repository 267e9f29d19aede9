// Package ent stands for the code entgo.io/ent generates for the Order
// and User schemas.
package ent

import (
	"context"
	"time"
)

type Client struct {
	Order *OrderClient
	User  *UserClient
}

type Order struct{ ID int }

type User struct{ ID int }

type OrderClient struct{}

func (c *OrderClient) UpdateOneID(id int) *OrderUpdateOne { return &OrderUpdateOne{} }

type OrderUpdateOne struct{}

func (u *OrderUpdateOne) SetStatus(v string) *OrderUpdateOne          { return u }
func (u *OrderUpdateOne) SetPaidAt(v time.Time) *OrderUpdateOne       { return u }
func (u *OrderUpdateOne) SetShippingAddress(v string) *OrderUpdateOne { return u }
func (u *OrderUpdateOne) Save(ctx context.Context) (*Order, error)    { return &Order{}, nil }

type UserClient struct{}

func (c *UserClient) UpdateOneID(id int) *UserUpdateOne { return &UserUpdateOne{} }

type UserUpdateOne struct{}

func (u *UserUpdateOne) SetStatus(v string) *UserUpdateOne { return u }
func (u *UserUpdateOne) SetPlan(v string) *UserUpdateOne   { return u }
func (u *UserUpdateOne) Exec(ctx context.Context) error    { return nil }
