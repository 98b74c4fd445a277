import "next-auth/jwt";

declare module "next-auth/jwt" {
  interface JWT {
    /** The user's token version when the token was issued (see User.tokenVersion). */
    ver?: number;
  }
}
