-- equations of V(3,2,1) in degree 3 (rationalnets)
R = QQ[P1_(1,0,0), P1_(0,1,0), P1_(0,0,1), Q_(2,0,0), Q_(1,1,0), Q_(1,0,1), Q_(0,2,0), Q_(0,1,1), Q_(0,0,2)];
I = ideal(
  P1_(1,0,0)*Q_(1,1,0)*Q_(0,1,1) - 2*P1_(1,0,0)*Q_(1,0,1)*Q_(0,2,0) - 2*P1_(0,1,0)*Q_(2,0,0)*Q_(0,1,1) + P1_(0,1,0)*Q_(1,1,0)*Q_(1,0,1) + 4*P1_(0,0,1)*Q_(2,0,0)*Q_(0,2,0) - P1_(0,0,1)*Q_(1,1,0)^2,
  2*P1_(1,0,0)*Q_(1,1,0)*Q_(0,0,2) - P1_(1,0,0)*Q_(1,0,1)*Q_(0,1,1) - 4*P1_(0,1,0)*Q_(2,0,0)*Q_(0,0,2) + P1_(0,1,0)*Q_(1,0,1)^2 + 2*P1_(0,0,1)*Q_(2,0,0)*Q_(0,1,1) - P1_(0,0,1)*Q_(1,1,0)*Q_(1,0,1),
  4*P1_(1,0,0)*Q_(0,2,0)*Q_(0,0,2) - P1_(1,0,0)*Q_(0,1,1)^2 - 2*P1_(0,1,0)*Q_(1,1,0)*Q_(0,0,2) + P1_(0,1,0)*Q_(1,0,1)*Q_(0,1,1) + P1_(0,0,1)*Q_(1,1,0)*Q_(0,1,1) - 2*P1_(0,0,1)*Q_(1,0,1)*Q_(0,2,0),
  4*Q_(2,0,0)*Q_(0,2,0)*Q_(0,0,2) - Q_(2,0,0)*Q_(0,1,1)^2 - Q_(1,1,0)^2*Q_(0,0,2) + Q_(1,1,0)*Q_(1,0,1)*Q_(0,1,1) - Q_(1,0,1)^2*Q_(0,2,0)
);
-- certified: dim I_3 = 4, these equations are a basis
-- upper bound: 165 monomials of degree 3 in 74 multidegree blocks (largest 6) at 18 random networks (seed 1, integer weights in [-30,30]); ranks mod p (p = 2147483647) sum to 161, so dim I_3 ≤ 4
-- lower bound: 4 kernel vectors lifted to Q (at most 2 primes per block); 4 vanish identically on the parametrisation with 6 symbolic weights, so dim I_3 ≥ 4
