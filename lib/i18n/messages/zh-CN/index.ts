import airAlerts from "./airAlerts.json";
import airAlertsServer from "./airAlertsServer.json";
import airUi from "./airUi.json";
import auth from "./auth.json";
import bills from "./bills.json";
import billsUi from "./billsUi.json";
import clinic from "./clinic.json";
import clinicUi from "./clinicUi.json";
import common from "./common.json";
import errors from "./errors.json";
import home from "./home.json";
import maps from "./maps.json";
import me from "./me.json";
import offline from "./offline.json";
import parking from "./parking.json";
import parkingLot from "./parkingLot.json";
import privacy from "./privacy.json";
import push from "./push.json";
import pwa from "./pwa.json";
import reservations from "./reservations.json";
import services from "./services.json";
import tariff from "./tariff.json";
import vehicles from "./vehicles.json";

export default {
  common,
  home,
  me,
  auth,
  pwa,
  privacy,
  push,
  errors,
  services,
  offline,
  tariff,
  parking,
  maps,
  parkingLot,
  bills,
  billsUi,
  vehicles,
  reservations,
  clinic,
  clinicUi,
  airUi,
  airAlerts,
  airAlertsServer,
};
