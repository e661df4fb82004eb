/**
 * English labels. The key set of this dictionary is the definition: zh-CN.ts must have exactly
 * the same keys. `{name}` placeholders are filled by `translate`. Tag names are never translated.
 */
export const en = {
  'app.title': 'Zhongkong — Workshop 5 console',
  'app.unitDisplay': 'Unit display',

  'header.plantTime': 'Plant time',
  'header.clockUnknown': 'no plant clock',
  'header.user': 'User',
  'header.login': 'Log in',
  'header.logout': 'Log out',

  'clock.running': 'RUN',
  'clock.frozen': 'FROZEN',
  'clock.speed': 'Speed',

  'link.server': 'Server',
  'link.plant': 'Plant',
  'link.connected': 'connected',
  'link.connecting': 'connecting…',
  'link.disconnected': 'disconnected',
  'link.stale': 'stale',

  'banner.server': 'Communication with the server is lost. Values shown are not live.',
  'banner.simulator': 'The plant (simulator) is disconnected. Values shown are not live.',

  'role.visitor': 'Visitor',
  'role.operator': 'Operator',
  'role.supervisor': 'Supervisor',
  'role.instructor': 'Instructor',
  'role.engineer': 'Engineer',
  'role.admin': 'Administrator',

  'login.title': 'Log in',
  'login.user': 'User name',
  'login.password': 'Password',
  'login.submit': 'Log in',
  'login.cancel': 'Cancel',
  'login.busy': 'Logging in…',
  'login.network': 'The server could not be reached.',

  'quality.bad': 'bad quality',
  'quality.uncertain': 'uncertain',

  'faceplate.region': 'Faceplate {tag}',
  'faceplate.pv': 'PV',
  'faceplate.sp': 'SP',
  'faceplate.op': 'OP',
  'faceplate.mode': 'Mode',
  'faceplate.value': 'Value',
  'faceplate.range': 'Range',
  'faceplate.normal': 'Normal',
  'faceplate.state': 'State',
  'faceplate.cascadeFrom': 'SP from {tag}',
  'faceplate.cascadeTo': 'OP drives {tag}',
  'faceplate.pvLabel': 'Process value {tag}',
  'faceplate.spLabel': 'Setpoint {tag}',
  'faceplate.opLabel': 'Output {tag}',
  'faceplate.modeLabel': 'Mode {tag}',
  'faceplate.valueLabel': 'Value {tag}',
  'faceplate.stateLabel': 'State {tag}',
  'faceplate.modeButtons': 'Mode of {tag}',
  'faceplate.commands': 'Commands for {tag}',
  'faceplate.spInput': 'New setpoint',
  'faceplate.spWrite': 'Write setpoint',
  'faceplate.spOnlyAuto': 'Setpoint entry in AUTO only.',
  'faceplate.opInput': 'New output',
  'faceplate.opWrite': 'Write output',
  'faceplate.opOnlyMan': 'Output entry in MAN only.',
  'faceplate.viewOnly': 'View only. Log in as an operator to make changes.',

  'confirm.title': 'Confirm write',
  'confirm.question': 'Change {what} of {tag}?',
  'confirm.confirm': 'Confirm',
  'confirm.cancel': 'Cancel',
  'confirm.hint': 'Enter confirms, Esc cancels.',

  'status.pending': 'Pending…',
  'status.confirmed': 'Confirmed',
  'status.noConnection': 'No connection to the server; the command was not sent.',
  'status.empty': 'Enter a value first.',
  'status.notANumber': 'That is not a number.',

  'display.title': 'U53 Continuous chlorinator R-5301',
  'display.label': 'Unit display U53, chlorinator R-5301',
  'display.modelNote': 'Reaction kinetics: training model, not CTP data',
  'display.jacket': 'Jacket',
  'display.cwSupply': 'CW supply',
  'display.cwReturn': 'CW return',
  'display.feedFrom': 'Disulfide solution',
  'display.productTo': 'To condensation',
  'display.cascade': 'cascade',
  'display.valve': 'control valve',

  'trend.title': 'Trend {tag}, last 10 min of plant time',
  'trend.chart': 'Trend chart of {tag} PV and SP',
  'common.waiting': 'Waiting for data',
} as const;

export type MessageKey = keyof typeof en;
