# equations of V(3,2,1) in degree 3 (rationalnets)
R = PolynomialRing(QQ, 'P1_1_0_0, P1_0_1_0, P1_0_0_1, Q_2_0_0, Q_1_1_0, Q_1_0_1, Q_0_2_0, Q_0_1_1, Q_0_0_2', order='degrevlex')
(P1_1_0_0, P1_0_1_0, P1_0_0_1, Q_2_0_0, Q_1_1_0, Q_1_0_1, Q_0_2_0, Q_0_1_1, Q_0_0_2,) = R.gens()
I = R.ideal([
  P1_1_0_0*Q_1_1_0*Q_0_1_1 - 2*P1_1_0_0*Q_1_0_1*Q_0_2_0 - 2*P1_0_1_0*Q_2_0_0*Q_0_1_1 + P1_0_1_0*Q_1_1_0*Q_1_0_1 + 4*P1_0_0_1*Q_2_0_0*Q_0_2_0 - P1_0_0_1*Q_1_1_0**2,
  2*P1_1_0_0*Q_1_1_0*Q_0_0_2 - P1_1_0_0*Q_1_0_1*Q_0_1_1 - 4*P1_0_1_0*Q_2_0_0*Q_0_0_2 + P1_0_1_0*Q_1_0_1**2 + 2*P1_0_0_1*Q_2_0_0*Q_0_1_1 - P1_0_0_1*Q_1_1_0*Q_1_0_1,
  4*P1_1_0_0*Q_0_2_0*Q_0_0_2 - P1_1_0_0*Q_0_1_1**2 - 2*P1_0_1_0*Q_1_1_0*Q_0_0_2 + P1_0_1_0*Q_1_0_1*Q_0_1_1 + P1_0_0_1*Q_1_1_0*Q_0_1_1 - 2*P1_0_0_1*Q_1_0_1*Q_0_2_0,
  4*Q_2_0_0*Q_0_2_0*Q_0_0_2 - Q_2_0_0*Q_0_1_1**2 - Q_1_1_0**2*Q_0_0_2 + Q_1_1_0*Q_1_0_1*Q_0_1_1 - Q_1_0_1**2*Q_0_2_0
])
# certified: dim I_3 = 4, these equations are a basis
# upper bound: 165 monomials of degree 3 in 74 multidegree blocks (largest 6) at 18 random networks (seed 1, integer weights in [-30,30]); ranks mod p (p = 2147483647) sum to 161, so dim I_3 ≤ 4
# lower bound: 4 kernel vectors lifted to Q (at most 2 primes per block); 4 vanish identically on the parametrisation with 6 symbolic weights, so dim I_3 ≥ 4
